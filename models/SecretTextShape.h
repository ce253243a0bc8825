#pragma once

#include <QString>

// What a multi-line secret value looks like, so the Add/Edit secret dialog can say it before saving
// without showing it: its line count and size, and whether it is a well-formed PEM block (a private
// key, a certificate) or one that is cut short. Reads the text only; nothing here keeps it.
struct SecretTextShape
{
    enum class Pem
    {
        None, // no "-----BEGIN …-----" line
        PrivateKey,
        Certificate,
        OtherBlock,
        Broken, // starts like PEM but `problem` says what is wrong
    };

    int lines = 0;
    qsizetype bytes = 0;
    Pem pem = Pem::None;
    // The PEM label ("RSA PRIVATE KEY"); empty without a block.
    QString pemLabel;
    // How many BEGIN … END blocks (a certificate chain has several).
    int blocks = 0;
    // For Pem::Broken: what is wrong, with the line number.
    QString problem;

    // One translated line: "Lines: 27, bytes: 1704: looks like a PEM private key (RSA PRIVATE KEY)."
    QString summary() const;
};

SecretTextShape describeSecretText(const QString& text);
