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
