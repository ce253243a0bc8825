<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Adding, editing and deleting secrets needs the %1 role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aead</name>
    <message>
        <source>The record failed authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM or a secure random source is not available: install the OpenSSL plugin of QCA (qca-ossl) and restart BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record key is %1 bytes long; it must be %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nonce is %1 bytes long; it must be %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM encryption failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Argon2Kdf</name>
    <message>
        <source>The Argon2 memory cost must be %1 to %2 KiB (19 MiB to 1 GiB); it is %3 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of Argon2 passes must be %1 to %2; it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of Argon2 lanes must be %1 to %2; it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Argon2 salt must be %1 bytes long; it is %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be derived from the master password (Argon2: %1). Close other programs to free memory and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be derived from the master password (Argon2: %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>&lt;damaged record #%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is larger than %1 KiB (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new vault (never overwrites one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the master password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a project with all its secrets and variables (no confirmation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a secret or replace its value. The value comes from standard input (one trailing line ending removed) or, at a terminal, is typed without echo; never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the secrets: name, updated, updated by. Values are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a variable or replace its value. --export / --no-export set &quot;include into project export&quot;; without either a new variable is not exported and an existing one keeps its flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the variable&apos;s value exactly, followed by a newline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the variables: name, value, in export, updated, updated by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: botvault-cli [--vault FILE] [--password-file FILE] [--json] COMMAND [ARGUMENTS]

Keeps the secrets and variables of bot projects in an encrypted local vault.

Commands:
%1
Options (anywhere on the line):
  --vault FILE            The vault file. Default: %2
  --password-file FILE    Read the master password from FILE (one trailing line ending is
                          removed).
  --json                  Print listings and &apos;var get&apos; as JSON.
  --help, -h              Show this help.
  --version               Show the version.
  --                      End of options: a VALUE that starts with &apos;-&apos; goes after it.

The master password comes from --password-file, else the environment variable
BOTVAULT_PASSWORD, else it is asked for on the terminal without echo.
Names of secrets and variables: Latin letters, digits and underscores, 1 to 128 characters.

Exit codes:
  0  success
  1  failure: file system, database or internal error
  2  usage: a wrong command line, or no way to get the master password
  3  invalid input: a bad name or value, a value over 64 KiB, a name already taken
  4  not found: the vault file, a project, a secret or a variable
  5  wrong master password
  6  damaged vault or record (listings still show the other records)
  7  permission denied
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --vault needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;; &apos;%1&apos; takes one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2 (usage: %3 %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;secret set&apos; takes no value on the command line, where other users and the shell history could see it: pipe it on standard input or type it at the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments for &apos;%1&apos; (usage: %2 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists at &apos;%1&apos;; init never overwrites one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New master password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master password must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a vault at &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the master password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added project &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed project &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret</source>
        <translation>
            <numerusform>%n secret</numerusform>
            <numerusform>%n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets</source>
        <translation>
            <numerusform>%n secret</numerusform>
            <numerusform>%n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variables</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed project &apos;%1&apos; with %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added secret %1 to project %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the value of secret %1 in project %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed secret %1 to %2 in project %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed secret %1 from project %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --export or --no-export, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added variable %1 to project %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated variable %1 in project %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable %1 in project %2 is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed variable %1 to %2 in project %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed variable %1 from project %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at &apos;%1&apos;: create one with &apos;botvault-cli init&apos; or name another with --vault FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No master password given and no terminal to ask for it: use --password-file FILE or set the environment variable BOTVAULT_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new master password given and no terminal to ask for it: use --new-password-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the master password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of secret %1 (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of secret %1 is empty; a secret needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Run &apos;botvault-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged records could not be read (%1); the others are shown. Restore the vault from a backup to recover them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;--%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BotVault keeps the secrets and variables of your bot projects in an encrypted vault. Choose the master password that opens it. It cannot be recovered if you forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Master password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id, %1 memory, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm master password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was created but could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n pass</numerusform>
            <numerusform>%n passes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemTableView</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>QCA does not offer %1. Install the OpenSSL plugin of QCA (qca-ossl).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BotVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local vault: not connected to a platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add secret or variable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BotVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked; its keys are wiped from memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is unlocked; it locks itself after inactivity (Ctrl+L locks now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BotVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BotVault %1

Secrets and environment variables for chatbot projects, kept in an encrypted local vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>The name may contain only Latin letters, digits and underscores: &apos;%1&apos; contains a space at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may contain only Latin letters, digits and underscores: &apos;%1&apos; contains the whitespace character %2 at position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may contain only Latin letters, digits and underscores: &apos;%1&apos; contains the non-printable character %2 at position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may contain only Latin letters, digits and underscores: &apos;%1&apos; contains the combining mark %2 at position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may contain only Latin letters, digits and underscores: &apos;%1&apos; contains &apos;%2&apos; at position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may contain only the Latin letters A-Z and a-z, the digits 0-9 and underscores: &apos;%1&apos; contains &apos;%2&apos; (%3) at position %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty: enter 1 to %1 Latin letters, digits or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; differs only by case from %2; scripts read names case-sensitively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project name is empty: enter 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project name contains a broken character (%1) at position %2: type the name again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project name may not contain control characters or line breaks: &apos;%1&apos; contains %2 at position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project name contains only spaces or invisible characters: enter a visible name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project name starts with a space: remove the spaces before &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project name ends with a space: remove the spaces after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hold down to show the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 while pressed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Very weak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is one of the most common passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a common password with a few characters added is guessed early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avoid repeated characters and sequences such as &apos;aaa&apos; or &apos;abc&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at least 12 characters; a few unrelated words make a long password easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make it longer or mix upper- and lower-case letters, digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make it a little longer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>(damaged project #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project&apos;s record is damaged or was tampered with, so its name cannot be read. The other projects are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsPanel</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed project %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the damaged project record #%1 and everything in it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project “%1” with %2 and %3?

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n secret</numerusform>
            <numerusform>%n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the damaged project record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted project %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCodec</name>
    <message>
        <source>A record of the vault is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowActionsDelegate</name>
    <message>
        <source>Edit (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowActionsProxyModel</name>
    <message>
        <source>Edit or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Add secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current value is never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new value to replace the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret named &apos;%1&apos; already exists in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is %1 bytes long; the limit is %2 bytes (64 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the file &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is larger than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input holds more than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read standard input: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsAndVariablesPage</name>
    <message>
        <source>Secrets reach every channel at once when published. Variables reach a channel when it is deployed again, so check them in the test widget first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets and variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: secrets and variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsTab</name>
    <message>
        <source>No secret name contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added secret %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record #%1 is damaged and cannot be edited; delete it and add the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved secret %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record #%1 is damaged and cannot be deleted from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the secret “%1” from project “%2”?

Bot scripts that read it with $secrets.get(&quot;%1&quot;) will no longer find it on any channel once this is published. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted secret %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secrets yet.

Click “Add secret” to store an API key or a password. Bot scripts read it with $secrets.get(&quot;NAME&quot;, defaultValue); the value is encrypted and never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsTableModel</name>
    <message>
        <source>(damaged record #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is damaged or was tampered with, so it cannot be opened. The other secrets are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect after restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock after minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit after the number of minutes in a spin box.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secrets admin role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets admin role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding, editing and deleting secrets needs this role. The platform&apos;s pages disagree on which role manages secrets; choose the one your platform uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear clipboard after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear clipboard after seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the number of seconds in a spin box.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore default settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault stays unlocked until you lock it or close BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The vault locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>The vault locks after %n minute without input.</numerusform>
            <numerusform>The vault locks after %n minutes without input.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied values are cleared from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>Copied values are cleared from the clipboard after %n second.</numerusform>
            <numerusform>Copied values are cleared from the clipboard after %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear clipboard after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>The vault database could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file %1 could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s write-ahead log could not be checkpointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the vault; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>There is no terminal to ask on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entered text is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was entered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the master password to unlock the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Master password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariableDialog</name>
    <message>
        <source>Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example API_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value; it may be empty and span several lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include into project export ZIP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exported project ZIP file carries this variable&apos;s name and value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable named &apos;%1&apos; already exists in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is %1 bytes long; the limit is %2 bytes (64 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariablesTab</name>
    <message>
        <source>No variable name or value contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include into project export ZIP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added variable %1. Deploy a channel to apply it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record #%1 is damaged and cannot be edited; delete it and add the variable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved variable %1. Deploy a channel to apply it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record #%1 is damaged and cannot be deleted from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the environment variable “%1” from project “%2”?

Channels keep the value they were deployed with until they are deployed again. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the value of %1; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied the value of %1; the clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied the value of %1; the clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>No environment variables yet.

Click “Add variable” for configuration that changes often. Bot scripts read it with $env.get(&quot;NAME&quot;, defaultValue); a changed value reaches a channel when that channel is deployed again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariablesTableModel</name>
    <message>
        <source>(damaged record #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is damaged or was tampered with, so it cannot be opened. The other variables are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included in export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included in export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include into project export ZIP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked; unlock it with the master password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record #%1 of the vault is damaged or was tampered with; it cannot be opened. The other records are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of secret &apos;%1&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is %1 bytes long; the limit is %2 bytes (64 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; has no %2 named &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; already has a %2 named &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at %1; BotVault will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file %1 could not be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a BotVault vault, or its header is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault uses format %1, which this BotVault cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key parameters are out of range (%1); the file is damaged or was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &apos;%1&apos; is %2 bytes long; the limit is %3 bytes (64 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database failed its integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultSchema</name>
    <message>
        <source>The vault was written by a newer BotVault (schema %1; this version reads up to %2). Update BotVault to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Secrets and variables for chatbot projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
