#pragma once

#include <QCoreApplication>
#include <QTest>
#include <QtCrypto>

// QTEST_GUILESS_MAIN with QCA initialised for the whole run.
#define BOTVAULT_TEST_MAIN(TestClass)                                                                                  \
    int main(int argc, char** argv)                                                                                    \
    {                                                                                                                  \
        QCA::Initializer qcaInit;                                                                                      \
        QCoreApplication app(argc, argv);                                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                       \
        TestClass test;                                                                                                \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }

// For widget tests: a QApplication (the test's target links Qt Widgets) with QCA initialised. Run
// under QT_QPA_PLATFORM=offscreen, which botvault_add_test sets.
#ifdef QT_WIDGETS_LIB
#include <QApplication>

#define BOTVAULT_WIDGET_TEST_MAIN(TestClass)                                                                           \
    int main(int argc, char** argv)                                                                                    \
    {                                                                                                                  \
        QCA::Initializer qcaInit;                                                                                      \
        QApplication::setAttribute(Qt::AA_Use96Dpi, true);                                                             \
        QApplication app(argc, argv);                                                                                  \
        TestClass test;                                                                                                \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
#endif
