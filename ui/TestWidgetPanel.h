#pragma once

#include "sync/ChannelService.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTextBrowser;

// Talks to a channel's bot the way the platform's test widget does: an expression (evaluated after
// the deployed script) or a message (passed to onMessage), and a transcript of what was sent and
// what the bot answered. Replies arrive masked from ChannelService; the transcript marks each with
// the kind of run (real or stand-in secret values) and those where a secret value was replaced,
// shows a bot's error by name in the error colour, and lives only in this widget (never logged,
// cleared when the vault locks).
class TestWidgetPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TestWidgetPanel(QWidget* parent = nullptr);

    // The chooser offers every channel; it keeps the chosen one, else picks the test widget.
    void setChannels(const QList<ChannelInfo>& channels);
    qint64 currentChannelId() const;
    void setCurrentChannel(qint64 channelId);
    // Talking to a bot needs SYSTEM_ADMIN or DEVELOPER; `reason` says why not.
    void setWriteAllowed(bool allowed, const QString& reason);
    // Waiting for a reply: Send waits.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    // Adds what was sent to `channelName` and what came back.
    void appendExchange(const QString& channelName, const QString& input, bool isMessage, const BotReply& reply);
    // Adds what was sent and why no reply came (the platform could not be reached, …).
    void appendFailure(const QString& channelName, const QString& input, bool isMessage, const QString& message);
    void clearTranscript();
    int exchangeCount() const { return m_exchanges; }
    // Another project: the input is emptied (the history of sent inputs stays for this window).
    void clearInput();
    // Locking: the input and the history of sent inputs are forgotten.
    void clearHistory();
    // What was sent, oldest first; Up and Down in the input walk it.
    QStringList history() const { return m_history; }

    QComboBox* channelCombo() const { return m_channel; }
    QRadioButton* expressionButton() const { return m_expression; }
    QRadioButton* messageButton() const { return m_message; }
    QPlainTextEdit* inputEdit() const { return m_input; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* clearButton() const { return m_clear; }
    QTextBrowser* transcript() const { return m_transcript; }
    QLabel* hintLabel() const { return m_hint; }

    // The one-line text of a failed reply: "Error: Secret "MISSING" is not defined in this project."
    static QString errorText(const BotReply& reply);
    // The badge of a reply: "real secrets" or "stand-in secrets"; empty when the platform did not say.
    static QString secretValuesLabel(BotReply::SecretValues values);
    // The line under the first reply from a run with stand-in secret values.
    static QString standInExplanation();

Q_SIGNALS:
    void sendRequested(qint64 channelId, const QString& input, bool isMessage);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Up on the input's first line, Down on its last: an older or newer sent input. Returns whether
    // the key moved in the history.
    bool walkHistory(int step);
    void connectSignals();
    void setUpChannelAndMode();
    void setUpInputAndTranscript();
    void send();
    void updateControls();
    void updatePlaceholder();
    QString inputHtml(const QString& channelName, const QString& input, bool isMessage) const;
    void appendHtml(const QString& html);

    QComboBox* m_channel;
    QRadioButton* m_expression;
    QRadioButton* m_message;
    QPlainTextEdit* m_input;
    QPushButton* m_send;
    QPushButton* m_clear;
    QTextBrowser* m_transcript;
    QLabel* m_hint;
    // The transcript's markup; only in this widget, wiped with clearTranscript().
    QString m_html;
    bool m_writeAllowed = true;
    QString m_deniedReason;
    bool m_busy = false;
    int m_exchanges = 0;
    bool m_standInExplained = false;
    QStringList m_history;
    // The history entry shown in the input; m_history.size() is the draft being typed.
    qsizetype m_historyIndex = 0;
    QString m_draft;
};
