#include "ui/TestWidgetPanel.h"

#include "ui/ChannelsPanel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

bool isDark(const QWidget* widget)
{
    return widget->palette().color(QPalette::Base).lightness() < 128;
}

// Pre-formatted, escaped: a reply is text, never markup.
QString preHtml(const QString& text)
{
    return QStringLiteral("<pre style=\"margin:0;\">%1</pre>").arg(text.toHtmlEscaped());
}

} // namespace

TestWidgetPanel::TestWidgetPanel(QWidget* parent)
    : QWidget(parent)
    , m_channel(new QComboBox(this))
    , m_expression(new QRadioButton(tr("E&xpression"), this))
    , m_message(new QRadioButton(tr("&Message"), this))
    , m_input(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_transcript(new QTextBrowser(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("testWidgetPanel"));
    setAccessibleName(tr("Test widget"));

    auto* title = new QLabel(tr("<b>Test widget</b>"), this);
    title->setTextFormat(Qt::RichText);
    auto* channelLabel = new QLabel(tr("C&hannel:"), this);
    channelLabel->setBuddy(m_channel);
    setUpChannelAndMode();
    setUpInputAndTranscript();

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(channelLabel);
    top->addWidget(m_channel);
    top->addSpacing(12);
    top->addWidget(m_expression);
    top->addWidget(m_message);
    top->addStretch(1);
    top->addWidget(m_clear);

    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_send, 0, Qt::AlignBottom);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_transcript, 1);
    layout->addWidget(m_hint);
    layout->addLayout(inputRow);

    connectSignals();
    updatePlaceholder();
    updateControls();
}

void TestWidgetPanel::connectSignals()
{
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, m_input);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &TestWidgetPanel::send);
    }
    connect(m_send, &QPushButton::clicked, this, &TestWidgetPanel::send);
    connect(m_clear, &QPushButton::clicked, this, &TestWidgetPanel::clearTranscript);
    connect(m_input, &QPlainTextEdit::textChanged, this, &TestWidgetPanel::updateControls);
    connect(m_expression, &QRadioButton::toggled, this, &TestWidgetPanel::updatePlaceholder);
    m_input->installEventFilter(this);
}

void TestWidgetPanel::setUpChannelAndMode()
{
    m_channel->setObjectName(QStringLiteral("testChannelCombo"));
    m_channel->setAccessibleName(tr("Channel to talk to"));
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_expression->setObjectName(QStringLiteral("testExpressionButton"));
    m_expression->setAccessibleName(tr("Send an expression"));
    m_expression->setToolTip(tr("Evaluate a JavaScript expression after the deployed bot script, such as "
                                "$env.get(\"GREETING\")."));
    m_expression->setChecked(true);
    m_message->setObjectName(QStringLiteral("testMessageButton"));
    m_message->setAccessibleName(tr("Send a message"));
    m_message->setToolTip(tr("Send a user message to the bot's onMessage(text)."));
    auto* mode = new QButtonGroup(this);
    mode->addButton(m_expression);
    mode->addButton(m_message);
}

void TestWidgetPanel::setUpInputAndTranscript()
{
    m_input->setObjectName(QStringLiteral("testInputEdit"));
    m_input->setAccessibleName(tr("Expression or message"));
    m_input->setTabChangesFocus(true);
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 3 + 12);
    m_send->setObjectName(QStringLiteral("testSendButton"));
    m_send->setAccessibleName(tr("Send"));
    m_send->setToolTip(tr("Send to the channel's bot (Ctrl+Enter)."));
    m_clear->setObjectName(QStringLiteral("testClearButton"));
    m_clear->setAccessibleName(tr("Clear the transcript"));

    m_transcript->setObjectName(QStringLiteral("testTranscript"));
    m_transcript->setAccessibleName(tr("Transcript"));
    m_transcript->setOpenLinks(false);
    m_transcript->setPlaceholderText(tr("What you send and what the bot answers appears here. Secret values in "
                                        "replies are masked."));

    m_hint->setObjectName(QStringLiteral("testHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();
}

void TestWidgetPanel::setChannels(const QList<ChannelInfo>& channels)
{
    const qint64 current = currentChannelId();
    m_channel->clear();
    int testWidget = -1;
    for (const ChannelInfo& channel : channels) {
        const QString type = ChannelsPanel::typeLabel(channel.type);
        m_channel->addItem(channel.name == type ? type : tr("%1 — %2").arg(type, channel.name), channel.id);
        if (channel.isTestWidget() && testWidget < 0) {
            testWidget = m_channel->count() - 1;
        }
    }
    const int kept = m_channel->findData(current);
    m_channel->setCurrentIndex(kept >= 0 ? kept : qMax(testWidget, channels.isEmpty() ? -1 : 0));
    updateControls();
}

qint64 TestWidgetPanel::currentChannelId() const
{
    return m_channel->currentIndex() < 0 ? 0 : m_channel->currentData().toLongLong();
}

void TestWidgetPanel::setCurrentChannel(qint64 channelId)
{
    const int index = m_channel->findData(channelId);
    if (index >= 0) {
        m_channel->setCurrentIndex(index);
    }
}

void TestWidgetPanel::setWriteAllowed(bool allowed, const QString& reason)
{
    m_writeAllowed = allowed;
    m_deniedReason = reason;
    updateControls();
}

void TestWidgetPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateControls();
}

void TestWidgetPanel::updatePlaceholder()
{
    m_input->setPlaceholderText(m_expression->isChecked()
            ? tr("An expression, such as $env.get(\"GREETING\") — Ctrl+Enter sends")
            : tr("A message to the bot, such as Hello — Ctrl+Enter sends"));
}

void TestWidgetPanel::updateControls()
{
    const bool hasChannel = m_channel->count() > 0;
    const bool usable = hasChannel && m_writeAllowed;
    m_channel->setEnabled(hasChannel);
    m_input->setEnabled(usable);
    m_expression->setEnabled(usable);
    m_message->setEnabled(usable);
    m_send->setEnabled(usable && !m_busy && !m_input->toPlainText().trimmed().isEmpty());
    QString hint;
    if (!hasChannel) {
        hint = tr("No channel to talk to: bind the project to a platform project and refresh its channels.");
    } else if (!m_writeAllowed) {
        hint = m_deniedReason;
    } else if (m_busy) {
        hint = tr("Waiting for the bot…");
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_send->setToolTip(!m_writeAllowed && hasChannel ? m_deniedReason : tr("Send to the channel's bot (Ctrl+Enter)."));
}

void TestWidgetPanel::send()
{
    const QString input = m_input->toPlainText();
    if (!m_send->isEnabled() || input.trimmed().isEmpty()) {
        return;
    }
    if (m_history.isEmpty() || m_history.constLast() != input) {
        m_history.append(input);
    }
    m_historyIndex = m_history.size();
    m_draft.clear();
    // The next expression starts on an empty input, with the keyboard in it; Up brings this one back.
    m_input->clear();
    m_input->setFocus(Qt::OtherFocusReason);
    Q_EMIT sendRequested(currentChannelId(), input, m_message->isChecked());
}

void TestWidgetPanel::clearInput()
{
    m_input->clear();
    m_historyIndex = m_history.size();
    m_draft.clear();
}

void TestWidgetPanel::clearHistory()
{
    m_history.clear();
    clearInput();
}

bool TestWidgetPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
        if (plain && key->key() == Qt::Key_Up && m_input->textCursor().blockNumber() == 0) {
            return walkHistory(-1);
        }
        if (plain && key->key() == Qt::Key_Down
            && m_input->textCursor().blockNumber() == m_input->document()->blockCount() - 1) {
            return walkHistory(1);
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool TestWidgetPanel::walkHistory(int step)
{
    const qsizetype target = m_historyIndex + step;
    if (target < 0 || target > m_history.size()) {
        return false;
    }
    if (m_historyIndex == m_history.size()) {
        m_draft = m_input->toPlainText();
    }
    m_historyIndex = target;
    m_input->setPlainText(target == m_history.size() ? m_draft : m_history.at(target));
    m_input->moveCursor(QTextCursor::End);
    return true;
}

QString TestWidgetPanel::errorText(const BotReply& reply)
{
    const QString name = reply.errorName.isEmpty() ? QStringLiteral("Error") : reply.errorName;
    return tr("%1: %2").arg(name, reply.errorMessage);
}

QString TestWidgetPanel::secretValuesLabel(BotReply::SecretValues values)
{
    switch (values) {
    case BotReply::SecretValues::Real:
        return tr("real secrets");
    case BotReply::SecretValues::StandIn:
        return tr("stand-in secrets");
    case BotReply::SecretValues::Unknown:
        break;
    }
    return {};
}

QString TestWidgetPanel::standInExplanation()
{
    return tr("The bot ran with stand-ins such as ‹secret API_KEY› instead of secret values: only the "
              "secrets-admin role runs it with the real ones.");
}

QString TestWidgetPanel::inputHtml(const QString& channelName, const QString& input, bool isMessage) const
{
    const QString kind = isMessage ? tr("message to %1").arg(channelName) : tr("expression in %1").arg(channelName);
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    // A gap above every exchange but the first.
    return QStringLiteral("<p style=\"margin:0; margin-top:%1px;\"><span style=\"color:%2;\">%3</span></p>%4")
        .arg(m_html.isEmpty() ? 0 : 12)
        .arg(muted, kind.toHtmlEscaped(), preHtml(QStringLiteral("› ") + input));
}

void TestWidgetPanel::appendHtml(const QString& html)
{
    // The whole transcript is set again rather than appended: QTextEdit::append() adds its own
    // block, whose spacing differs between the first exchange and the rest.
    m_html += html;
    m_transcript->setHtml(m_html);
    m_transcript->verticalScrollBar()->setValue(m_transcript->verticalScrollBar()->maximum());
}

void TestWidgetPanel::appendExchange(
    const QString& channelName, const QString& input, bool isMessage, const BotReply& reply)
{
    const bool dark = isDark(m_transcript);
    const QString error = (dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c)).name();
    const QString badgeBack = (dark ? QColor(0x5a, 0x4a, 0x10) : QColor(0xff, 0xe8, 0xa3)).name();
    const QString badgeText = (dark ? QColor(0xff, 0xe0, 0x8a) : QColor(0x5a, 0x40, 0x00)).name();
    const QString muted = palette().color(QPalette::PlaceholderText).name();

    QString body;
    if (reply.reply) {
        body = preHtml(*reply.reply);
    } else if (!reply.errorName.isEmpty() || !reply.errorMessage.isEmpty()) {
        body = QStringLiteral("<pre style=\"margin:0; color:%1;\">%2</pre>")
                   .arg(error, errorText(reply).toHtmlEscaped());
    } else {
        body = preHtml(QStringLiteral("null"));
    }
    QStringList notes;
    // Which kind of run it was: a reply from stand-ins says nothing about the real values.
    const QString infoBack = (dark ? QColor(0x1c, 0x3a, 0x5c) : QColor(0xd6, 0xe8, 0xff)).name();
    const QString infoText = (dark ? QColor(0xb8, 0xd8, 0xff) : QColor(0x0b, 0x3d, 0x7a)).name();
    if (reply.secretValues != BotReply::SecretValues::Unknown) {
        notes << QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
                     .arg(infoBack, infoText, secretValuesLabel(reply.secretValues).toHtmlEscaped());
    }
    if (reply.masked) {
        notes << QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
                     .arg(badgeBack, badgeText, tr("masked").toHtmlEscaped());
    }
    if (reply.truncated) {
        notes << QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
                     .arg(badgeBack, badgeText, tr("truncated").toHtmlEscaped());
    }
    notes << QStringLiteral("<span style=\"color:%1;\">%2</span>")
                 .arg(muted, tr("%n ms", nullptr, reply.durationMs).toHtmlEscaped());
    // Said once per transcript: the badge on each reply is enough after that.
    QString explanation;
    if (reply.secretValues == BotReply::SecretValues::StandIn && !m_standInExplained) {
        m_standInExplained = true;
        explanation = QStringLiteral("<p style=\"margin:0; color:%1;\">%2</p>")
                          .arg(muted, standInExplanation().toHtmlEscaped());
    }
    appendHtml(inputHtml(channelName, input, isMessage) + body
        + QStringLiteral("<p style=\"margin:0;\">%1</p>").arg(notes.join(QStringLiteral(" "))) + explanation);
    if (reply.masked) {
        m_transcript->setToolTip(tr("“masked”: the reply contained a secret's value, which was replaced by ******."));
    }
    ++m_exchanges;
}

void TestWidgetPanel::appendFailure(
    const QString& channelName, const QString& input, bool isMessage, const QString& message)
{
    const QString error = (isDark(m_transcript) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c)).name();
    appendHtml(inputHtml(channelName, input, isMessage)
        + QStringLiteral("<p style=\"margin:0; color:%1;\">%2</p>").arg(error, message.toHtmlEscaped()));
    ++m_exchanges;
}

void TestWidgetPanel::clearTranscript()
{
    m_transcript->clear();
    m_html.clear();
    m_transcript->setToolTip(QString());
    m_exchanges = 0;
    m_standInExplained = false;
}
