<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Adding, editing and deleting secrets needs the %1 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project holds secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; holds secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a project that holds secrets needs the %1 role, as deleting a secret does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddChannelDialog</name>
    <message>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel starts without a deploy: deploy it to give it the project&apos;s variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
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
    <name>AuditCommands</name>
    <message>
        <source>The audit log could not record this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry checked.</numerusform>
            <numerusform>The audit log is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 takes a date or a time in ISO 8601 form (2026-12-01 or 2026-12-01T10:00:00Z): &apos;%2&apos; is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the project once: as PROJECT or with --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes secret, variable, project or vault, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until is before --since: the period holds no moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Show the entries of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entries of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what this person did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries from this day on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries up to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 was replaced by a copy of entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is a copy of entry %2 that was inserted into the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 holds entry %2: the entries were reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is missing: it was removed and the entries after it were renumbered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry the vault did not write was inserted at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was changed: it does not open under the vault&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log goes from entry %2 to entry %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was changed: its MAC does not match the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: the log ends at entry %3, but the vault&apos;s header records %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was added after the last entry the vault&apos;s header records (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is empty, but the vault&apos;s header is not the head of an empty log: entry 1 and the entries after it were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of the log in the vault&apos;s header does not match entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by project, name, action or actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the chain of the log and show whether an entry was edited, removed, reordered or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this entry cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry checked.</numerusform>
            <numerusform>The audit log is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Audit log started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source folder changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export flag changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to a platform project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform binding removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master password changed and data key rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed unlocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation rule changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from recently deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged from recently deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old values forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project restored to a point in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History retention changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan finding ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan finding no longer ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value rotated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BotSource</name>
    <message>
        <source>%1 names a secret that BotVault cannot use. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a variable that BotVault cannot use. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads a secret by a computed name; BotVault cannot check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads a variable by a computed name; BotVault cannot check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives the secret %2 a value in the bot&apos;s code, where anyone who can read the code can read it. Remove the value from the code and keep it in BotVault only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) not shown.</source>
        <translation>
            <numerusform>%n more warning not shown.</numerusform>
            <numerusform>%n more warnings not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>chatbot.yaml is not a YAML mapping, so it has no injector block to read names from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the injector block is not a mapping; BotVault expects &apos;injector: {secrets: [...], variables: [...]}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is neither a list nor a map of names; BotVault ignored it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an item of %2 is not a name; BotVault ignored it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chatbot.yaml is not valid YAML: fix the file and scan again. BotVault still looked for names in src/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chatbot.yaml is not valid YAML at line %1, column %2: fix the file and scan again. BotVault still looked for names in src/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chatbot.yaml could not be read: fix the file and scan again. BotVault still looked for names in src/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens a comment that is never closed; BotVault did not scan the rest of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens a template string that is never closed; BotVault did not scan the rest of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2; BotVault did not scan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; BotVault did not scan it. Save it as UTF-8 to have it checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>BotVault stopped reading the bot&apos;s files after %1; %n file(s) were not scanned.</source>
        <translation>
            <numerusform>BotVault stopped reading the bot&apos;s files after %1; %n file was not scanned.</numerusform>
            <numerusform>BotVault stopped reading the bot&apos;s files after %1; %n files were not scanned.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a regular file; BotVault did not scan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link that leads outside the bot&apos;s folder; BotVault did not follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot has neither chatbot.yaml nor a src folder, so BotVault found no names it expects. Check that this is the bot&apos;s project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning the bot&apos;s files failed unexpectedly; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot&apos;s folder %1 does not exist: choose the folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder: choose the folder that holds the bot&apos;s chatbot.yaml and src folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot&apos;s folder %1 cannot be read: check its permissions and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a path inside the bot&apos;s folder; BotVault did not scan it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change master password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new master password of this vault. It cannot be recovered if you forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New master password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the data key and re-encrypt every record (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the vault file made before the change, opened with the old password, then opens nothing written afterwards. Takes a moment for a large vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the data key and re-encrypt every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, only the key that opens the records is re-encrypted: a copy of the old file still opens with the old password, including what you save later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New master password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm new master password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange</source>
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
        <source>C&amp;urrent master password:</source>
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
        <source>Current master password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current master password is wrong; the master password was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the current master password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelCommands</name>
    <message>
        <source>Project %1 has no channel &apos;%2&apos; on the platform. Its channels: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform project %1 has no channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPLOYED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending in %1 until its next deploy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not describe the channel it created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a CHANNEL or --all, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;deploy&apos; needs a CHANNEL (an id or a name) or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform project %1 has no channels to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded the bot script src/main.js (revision %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: FAILED (task %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, deploy %2 with 1 variable (task %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, deploy %2 with %3 variables (task %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an EXPRESSION or --message TEXT, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;eval&apos; needs an EXPRESSION or --message TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered without the bot&apos;s reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bot ran with stand-ins such as ‹secret API_KEY› instead of secret values: only the secrets-admin role runs it with the real ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bot ran with the real secret values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret values in the reply are shown as ******.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply was longer than the platform&apos;s limit and was cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is not bound to a platform project: bind it with &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 channels are named &apos;%2&apos;; give the id of the one you mean (see &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST DEPLOY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are live: once published, every channel reads the new value at once. Variables reach a channel only with its next deploy. Deploy the test widget first, check it with &quot;%1&quot;, then deploy the others (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added channel %1 to the platform project %2. Deploy it with &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the test widget with &quot;%1&quot;, then deploy the other channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform options are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelJob</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the platform&apos;s audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsController</name>
    <message>
        <source>no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your platform account %1 has the roles %2; deploying channels and talking to their bots needs SYSTEM_ADMIN or DEVELOPER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the channels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s), read at %1.</source>
        <translation>
            <numerusform>%n channel, read at %1.</numerusform>
            <numerusform>%n channels, read at %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy all channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the test widget first and check it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n variable change(s) have not been deployed to the test widget yet. Deploying all channels now puts them in front of your users before you could check them.</source>
        <translation>
            <numerusform>%n variable change has not been deployed to the test widget yet. Deploying all channels now puts it in front of your users before you could check it.</numerusform>
            <numerusform>%n variable changes have not been deployed to the test widget yet. Deploying all channels now puts them in front of your users before you could check them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy &amp;test widget only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy &amp;all anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deployed %n channel(s); they now run the project&apos;s current variables.</source>
        <translation>
            <numerusform>Deployed %n channel; it now runs the project&apos;s current variables.</numerusform>
            <numerusform>Deployed %n channels; they now run the project&apos;s current variables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deploy(s) failed; those channels keep running their previous deploy.</source>
        <translation>
            <numerusform>%n deploy failed; that channel keeps running its previous deploy.</numerusform>
            <numerusform>%n deploys failed; those channels keep running their previous deploy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting for the deploy. The platform goes on deploying; Refresh shows how it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the channel “%1”. Deploy it to give it the project&apos;s variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the project&apos;s API token: it is wrong, expired or revoked. Choose Project → Change platform binding… and enter a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is not bound to a platform project, or its API token is missing. Choose Project → Bind to platform project….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sent no reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the deploy; the platform goes on deploying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping… a deploy the platform accepted goes on there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsPanel</name>
    <message>
        <source>B&amp;ind to platform project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published secrets are live in every channel. Changed variables reach a channel only when you deploy it: deploy the test widget first, check it below, then deploy the other channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How deploying works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is not bound to a platform project. Bind it first to see its channels and deploy them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind to platform project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the selected channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy all channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test widget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat widget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deploying this channel changes %n variable(s):</source>
        <translation>
            <numerusform>Deploying this channel changes %n variable:</numerusform>
            <numerusform>Deploying this channel changes %n variables:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The deploy failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Requested by %1 at %2 with %n variable(s).</source>
        <translation>
            <numerusform>Requested by %1 at %2 with %n variable.</numerusform>
            <numerusform>Requested by %1 at %2 with %n variables.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to deploy</source>
        <translation>
            <numerusform>%n to deploy</numerusform>
            <numerusform>%n to deploy</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a channel to the platform project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the selected channels: they start reading the project&apos;s current variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy every channel, the test widget first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the channels and their pending variables from the platform again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide how deploying works</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildEnvironment</name>
    <message>
        <source>%1 cannot be passed as an environment variable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 contains a NUL character, which an environment variable cannot hold.</source>
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
        <source>Bind the project to the folder with the bot&apos;s code (chatbot.yaml, src/ …), which &apos;export&apos; packs and &apos;check&apos; reads. DIR must be an existing folder; it is stored as an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the project&apos;s source folder; the folder itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the NAME=value lines of a .env FILE (&apos;-&apos; for standard input) as variables, or as secrets with --as-secrets. A file with any bad line imports nothing. Names that exist with another value need --replace or --keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the project&apos;s variables, never its secrets, as a .env file to standard output or to FILE (created with mode 0600; an existing one is replaced only with --force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the names the bot&apos;s code expects with the project&apos;s secrets and variables: list the missing and the unused ones. Exit code 8 when any is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;--&apos; before the command it runs, so that the command&apos;s own options are not taken for botvault-cli&apos;s (usage: %2 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n name</source>
        <translation>
            <numerusform>%n name</numerusform>
            <numerusform>%n names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n names</source>
        <translation>
            <numerusform>%n name</numerusform>
            <numerusform>%n names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source file</source>
        <translation>
            <numerusform>%n source file</numerusform>
            <numerusform>%n source files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source files</source>
        <translation>
            <numerusform>%n source file</numerusform>
            <numerusform>%n source files</numerusform>
        </translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a .env file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the file &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 MiB; a .env file is a few kilobytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restrict the permissions of &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the imported archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the project&apos;s platform URL, remote project, queued changes and unfinished batches; never the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the project&apos;s platform binding, its token and its queued changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the plan (secrets as names only) and send the project&apos;s changes to the platform. Conflicts need --keep-local or --take-remote; --delete-remote-only deletes what exists only on the platform. --dry-run shows the plan and sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the platform&apos;s variable changes into the project. Secret values never come back; secrets only on the platform are listed. Conflicts need --take-remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the platform project&apos;s channels: id, type, name, when deployed, the last deploy&apos;s status and the variables pending in each (changed since its deploy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a channel of TYPE (CHAT_WIDGET, TELEGRAM, CHAT_API, …) named NAME to the platform project. Every project has its TEST_WIDGET channel already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the project&apos;s variables (and src/main.js of the source folder, when it changed) to CHANNEL, an id or a name, or with --all to every channel, the test widget first. Waits for each deploy; exit code 1 when one failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run EXPRESSION (or, with --message TEXT, the bot&apos;s onMessage) in CHANNEL and print the reply with every secret value masked. Exit code 11 when the bot throws an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(value hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(replaced on the platform by %1 at %2; the value in this vault may be out of date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(will be deleted on the platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(value hidden; kept on the platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept on the platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here: %1 (changed by %2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here: deleted (by %1 at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the platform: %1 (revision %2 by %3 at %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the platform: deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice: keep this vault&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice: take the platform&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sent by an earlier publish whose answer was lost: sent again first, with its key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run COMMAND with the project&apos;s variables and secrets added to the environment. Names that change how programs start (LD_PRELOAD, BASH_ENV, NODE_OPTIONS, PATH …) are left out unless named with --allow NAME (repeatable). The vault is locked before the command starts; its signals and exit status are its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the master password. With --rotate-key also replace the data key and re-encrypt every record under the new one, so that a copy of the old vault file with the old password opens nothing written afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --roles needs one or more of SYSTEM_ADMIN, SECURITY_ADMIN, DEVELOPER and VIEWER, separated by commas, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the vault&apos;s audit log, oldest first: who did what to which project and name, never a value. PROJECT keeps that project&apos;s entries; --since keeps entries from that date or time on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the audit log&apos;s chain of MACs and say where it breaks: an entry edited, removed, reordered or inserted, or the last entries cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new master password from FILE instead of asking twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id memory in MiB, 19 to 1024 (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id passes, 2 to 100 (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also replace the data key and re-encrypt every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the variable in the project export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the variable out of the project export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE when it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into this existing project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or empty folder for the archive&apos;s source files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a conflict, take the incoming value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a conflict, keep the project&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan and write or send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every line as a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform project&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End a request that moves no data for this long (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a conflict, send this vault&apos;s side over the platform&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a conflict, take the platform&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the items that exist only on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the bot&apos;s onMessage(TEXT) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass this start-up variable too (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the project to the platform project --remote-project ID at URL (https, or http to 127.0.0.1). The API token comes from standard input or, at a terminal, is typed without echo. The token and the project are checked with the platform first (a project the token cannot see is refused); then the token is kept encrypted in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the project to a ZIP archive: the source folder&apos;s files, the variables marked for export and the names of the secrets, never their values. An existing FILE is replaced only with --force. A source folder with hard-coded credentials (see &apos;scan&apos;) is refused unless --allow-findings is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as &apos;audit list&apos;: the entries of one project, of one kind (secret, variable, project, vault), by one actor, in a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the platform project&apos;s own audit log, newest first: who wrote which secret, variable, channel or bot script and who deployed, never a value. Needs the project&apos;s admin role on the platform; --since keeps entries from that date or time on.</source>
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
  --json                  Print listings, &apos;var get&apos;, &apos;export&apos;, &apos;check&apos;, &apos;remote show&apos;, the
                          plan and summary of &apos;publish&apos; and &apos;pull&apos;, and &apos;channels&apos;,
                          &apos;channel add&apos;, &apos;deploy&apos; and &apos;eval&apos; as JSON.
  --roles LIST            Act with only these roles (SYSTEM_ADMIN, SECURITY_ADMIN,
                          DEVELOPER, VIEWER; comma-separated), e.g. so a script cannot
                          change or delete secrets. Default: every role (the vault&apos;s owner).
  --help, -h              Show this help; after a command or a group (var --help,
                          var set --help) only its own, with an example.
  --version               Show the version.
  --                      End of options: a VALUE that starts with &apos;-&apos; goes after it, and so
                          does the COMMAND of &apos;run&apos;.

The master password comes from --password-file, else the environment variable
BOTVAULT_PASSWORD, else it is asked for on the terminal without echo.
Names of secrets and variables: Latin letters, digits and underscores, 1 to 128 characters.
&apos;remote set&apos;, &apos;publish&apos;, &apos;pull&apos; and the channel commands trust the system&apos;s certificate
authorities and, with --ca-file PEM, the certificates in PEM; --timeout SECONDS (default
30) ends a request that moves no data for that long. BOTVAULT_SYNC_BACKOFF_SCALE multiplies
every retry wait; it is for tests only.

Exit codes:
  0  success
  1  failure: file system, database or internal error
  2  usage: a wrong command line, or no way to get the master password
  3  invalid input: a bad name or value, a value over 64 KiB, a name already taken
  4  not found: the vault file, a project, a secret or a variable
  5  wrong master password
  6  damaged vault or record (listings still show the other records)
  7  permission denied
  8  &apos;check&apos;: the bot expects names the project lacks
  9  &apos;publish&apos;, &apos;pull&apos;: a conflict with the platform; choose a side
  10  the platform could not be reached, its certificate was refused, or it answered wrongly
  11  &apos;eval&apos;: the bot threw an error (a missing secret or variable, a timeout, ...)
  12  &apos;publish&apos;, &apos;pull&apos;: another publish or pull of the project is running
  13  &apos;scan&apos;, &apos;export&apos;: the bot&apos;s source folder holds hard-coded credentials
  14  &apos;audit verify&apos;: the audit log&apos;s chain is broken
  15  &apos;secret list --due&apos;: a secret is overdue for rotation
  126  &apos;run&apos;: the command could not be started (not executable)
  127  &apos;run&apos;: the command was not found
&apos;run&apos; otherwise exits with the command&apos;s own status.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --version takes no value here; &apos;restore&apos; takes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new project (import) or the new secret (scan --move) NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore the finding with this id, saying why with --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the finding with this id again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the finding is not a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the finding&apos;s value as the secret --name and read it with $secrets.get in the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the change without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the variables and secret names only; extract no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --into, extract the files but keep the project&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy: every channel, the test widget first; scan: list ignored findings too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is due for rotation DAYS after it was last replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is due by DATE (YYYY-MM-DD, after today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the rotation period or expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the secrets due within 14 days or overdue; exit code 15 when one is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the project at once and list the channels the value reaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the entries of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries about a secret, a variable, a project as a whole or the vault itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what this actor did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this date (UTC) or ISO 8601 date and time on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME is a secret (without it, a variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version to restore, as &apos;history&apos; numbers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore under this name instead (when the old one is taken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment: an ISO 8601 date (midnight UTC) or date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to the end of this date (UTC) or up to this date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the versions of a variable (or, with --secret, of a secret), oldest first: when, who, where the change came from and what it did. A variable&apos;s versions show their values; a secret&apos;s never do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make version N of the variable (or secret) its current state again, as a new version. When the version&apos;s name is now another item&apos;s, --as NEW_NAME restores it under a free name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy every old value of the secret for good (a leaked key), after asking; its current value stays, and its versions stay listed without a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the project as it was at TIME: its secrets&apos; names (never a value) and its variables&apos; names, values and export flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the project what it was at TIME, in one step: lists the items it would add back, change and remove, asks, then changes them as ordinary changes (each keeps a version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for hard-coded credentials (API keys, bot tokens, private keys, passwords in URLs) in the project&apos;s source folder, comments included: list each place with its kind, a few leading characters (never the value) and its id. Exit code 13 when any is found that is not ignored. A line marked &apos;botvault:ignore REASON&apos; (or the line after it) is not reported. --ignore ID --reason TEXT ignores a finding in the vault; --move ID --name NAME stores its value as a secret and rewrites the line to read it with $secrets.get, after showing the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a secret or replace its value. The value comes from standard input (one trailing line ending removed) or, at a terminal, is typed without echo; never from the command line. --rotate-every DAYS or --expires DATE (YYYY-MM-DD) sets when the value is due for rotation, --no-rotation clears it; for an existing secret these change only the rule, not the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the secrets: name, updated, updated by, age, rotation rule, due date and state. Values are never shown. With --due only the secrets due within 14 days or overdue; exit code 15 when one is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the value of an existing secret (read like &apos;secret set&apos;) and restart its age. With --publish, publish the project at once and list the channels that read the new value: a secret reaches every channel without a deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;secret rotate&apos; takes no value on the command line, where other users and the shell history could see it: pipe it on standard input or type it at the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a project archive as a new project (named as in the archive, or --name) or into an existing one (--into). The source files go to --source-dir, a new or empty folder, which the project is then bound to (--keep-binding keeps an --into project&apos;s own folder); --no-source imports only the variables and secret names. Variables that differ need --replace or --keep. --dry-run shows the plan and writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the recently deleted secrets, variables and projects, newest first, with the ID that restore and purge take and when each is purged on its own. PROJECT keeps that project&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring entry ID back exactly: values, flags and versions (a project with all its items). When its name is taken, --as NEW_NAME restores it under another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy entry ID and its versions for good, after asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(rotation rule changed: %1; the value is unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
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
        <source>Repeat the master password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder; give the name of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; give --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist; create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --replace or --keep, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
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
    <message numerus="yes">
        <source>%n damaged record(s) could not be upgraded to the new record format; they were left as they are and are reported as damaged.</source>
        <translation>
            <numerusform>%n damaged record could not be upgraded to the new record format; it was left as it is and is reported as damaged.</numerusform>
            <numerusform>%n damaged records could not be upgraded to the new record format; they were left as they are and are reported as damaged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgrading the vault to the new record format: %1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts with a digit: no shell can read it from the environment (sh takes $%1 for $%2 followed by %3), and &apos;env export&apos; refuses it. Rename it to start with a letter or an underscore if a script is to read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>Usage: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options: --vault FILE, --password-file FILE, --json, --roles LIST (see &apos;%1 --help&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 COMMAND --help&apos; for a command&apos;s options and an example.</source>
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
    <name>Confirmation</name>
    <message>
        <source>%1 There is no terminal to ask on: add --yes to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(deleted in this vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on the platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret “%1” was changed in this vault and on the platform since they were last in sync. Secret values are never shown; compare who changed it and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable “%1” was changed in this vault and on the platform since they were last in sync. Choose which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In this vault&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On the platform&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In export:</source>
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
        <source>Changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>based on revision %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this vault&apos;s side over the platform&apos;s change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this vault&apos;s side; the next Publish sends it to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the platform&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the platform&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop this vault&apos;s change; the platform&apos;s secret stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this vault&apos;s value with the platform&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret&apos;s value never comes back from the platform, so taking its side would leave this vault with a value the platform does not hold. Keep this vault&apos;s value, or set the secret here to the platform&apos;s value and publish.</source>
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
    <name>CredentialFindingsBanner</name>
    <message>
        <source>Hard-coded keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the hard-coded keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hard-coded key</source>
        <translation>
            <numerusform>%n hard-coded key</numerusform>
            <numerusform>%n hard-coded keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hard-coded keys</source>
        <translation>
            <numerusform>%n hard-coded key</numerusform>
            <numerusform>%n hard-coded keys</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found in the source folder: anyone with the code or an exported archive can use them. Move them to secrets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialFindingsDialog</name>
    <message>
        <source>Hard-coded keys in the source folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move each value to a secret and read it with $secrets.get, then rotate the key: it is still in the folder&apos;s history. A line that is not a key can be marked with a comment holding botvault:ignore and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard-coded keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a &amp;secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 not a credential to move? The reason is kept in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialRules</name>
    <message>
        <source>OpenAI API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yandex Cloud IAM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yandex Cloud API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password in a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret-looking value assigned to a key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialScan</name>
    <message numerus="yes">
        <source>%n file</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scan stopped after %1; %n file(s) were not scanned.</source>
        <translation>
            <numerusform>The scan stopped after %1; %n file was not scanned.</numerusform>
            <numerusform>The scan stopped after %1; %n files were not scanned.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more were skipped as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link that leads outside the folder; it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; it was not scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2; it was not scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); it was not scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a binary file; it was not scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source folder %1 does not exist: bind the folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source folder %1 cannot be read: check its permissions and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning the source folder failed unexpectedly; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployJob</name>
    <message>
        <source>Stopped waiting for the deploy; the platform goes on with it (task %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel was chosen to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform project %1 has no channel %2; nothing was deployed. List the channels and choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot script %1 is %2 bytes long; the platform takes at most %3 bytes (1 MiB). Nothing was deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot script %1 could not be read (%2); nothing was deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot script %1 is not UTF-8 text of at most 1 MiB; nothing was deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the bot script with the platform&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy was cancelled before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the bot script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy was cancelled before any channel was deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the API token: it is unknown, revoked or expired. Enter a new token in the project&apos;s remote binding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot script was changed on the platform while it was being uploaded; nothing was deployed. Deploy again to upload src/main.js over the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy was cancelled after %1 of %2 channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying &apos;%1&apos; (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the deploy already running in &apos;%1&apos; (task %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy of &apos;%1&apos; failed (task %2): %3 The channel keeps running its previous deploy; the channels after it were not deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy of &apos;%1&apos; failed (task %2): %3 The channel keeps running its previous deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy of &apos;%1&apos; did not finish within %2 minutes; its state is unknown. It may still finish on the platform: check task %3 later, or list the channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvCommands</name>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These names already exist in project &apos;%1&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (secret, line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (variable with another value, line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; already has %2 from %3: choose --replace to take the file&apos;s values or --keep to keep the project&apos;s. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem; nothing was imported. Fix it and run the command again.</source>
        <translation>
            <numerusform>%1 has %n problem; nothing was imported. Fix it and run the command again.</numerusform>
            <numerusform>%1 has %n problems; nothing was imported. Fix them and run the command again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problems; nothing was imported. Fix them and run the command again.</source>
        <translation>
            <numerusform>%1 has %n problem; nothing was imported. Fix it and run the command again.</numerusform>
            <numerusform>%1 has %n problems; nothing was imported. Fix them and run the command again.</numerusform>
        </translation>
    </message>
    <message>
        <source>These names are already stored as the other kind in project &apos;%1&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (secret, line %2): importing it as a variable would show the value to anyone who opens the vault; import the line with --as-secrets to change the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (variable, line %2): --as-secrets would add a secret beside it; remove the variable first with: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 would be stored as another kind than project &apos;%3&apos; holds them; --replace and --keep do not change that. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a secret but was imported as a variable, whose value anyone who opens the vault can read. To make it a secret, import it again with --as-secrets or run: %2; then remove the variable: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 and %2 into project &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n variable already had the file&apos;s value.</source>
        <translation>
            <numerusform>%n variable already had the file&apos;s value.</numerusform>
            <numerusform>%n variables already had the file&apos;s value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variables already had the file&apos;s value.</source>
        <translation>
            <numerusform>%n variable already had the file&apos;s value.</numerusform>
            <numerusform>%n variables already had the file&apos;s value.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the project&apos;s value of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 of project &apos;%2&apos; to &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of project &apos;%2&apos; left out: a .env export holds variables only, never secret values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>Line %1: the name before &apos;=&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a name may contain only Latin letters, digits and underscores; character %2 of the name is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the name is %2 characters long; the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: there is no &apos;=&apos; on this line; write each variable as NAME=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: there is text after the closing quote of the value; put the whole value inside the quotes, or start a comment with #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the double quote that opens the value is never closed, so every line after it was read as part of the value; add the closing &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the single quote that opens the value is never closed, so every line after it was read as part of the value; add the closing &apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the text is not valid UTF-8; save the file as UTF-8 and read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the value of %2 is %3 bytes long; a value may have at most %4 bytes (64 KiB). Shorten the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MiB; BotVault reads .env files of at most %2 MiB. Remove what you do not need or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) are not listed; fix the lines above and read the file again.</source>
        <translation>
            <numerusform>%n more problem is not listed; fix the lines above and read the file again.</numerusform>
            <numerusform>%n more problems are not listed; fix the lines above and read the file again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 is defined again on line %3; define each name once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written to a .env file: a shell reads a line that starts with a digit as a command, not as a variable. Rename the variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 contains a NUL character, which no shell can hold in a variable, so it cannot be written to a .env file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 contains a broken UTF-16 character that cannot be written as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvImportDialog</name>
    <message>
        <source>Import .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.env text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste NAME=value lines here, for example API_URL=https://api.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the lines to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a name already exists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the existing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep existing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace existing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .env file into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the contents of a .env file or open one. Each NAME=value line becomes a variable, or a secret for names that look like keys, tokens and passwords; change the choice per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Lines that look like secrets are left out; import them as variables only if their values are not secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
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
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment files (*.env .env .env.*);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; a .env file may be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import line %1 as</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported:</source>
        <translation>
            <numerusform>%n line cannot be imported:</numerusform>
            <numerusform>%n lines cannot be imported:</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret values are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists, kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of %1, the import writes %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read</source>
        <translation>
            <numerusform>%n line read</numerusform>
            <numerusform>%n lines read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n secret</numerusform>
            <numerusform>%n secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 and %2 into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable beside the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a secret of this project. Imported as a variable, this value would be shown to anyone who opens the vault; choose Secret to replace the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret beside the variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a variable of this project. Imported as a secret, it would be stored beside the variable, and the bot would read a different value through each; choose Variable to change the variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a secret of this project; the line can replace it as a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the value of %2 is hidden and was not read here; paste the line again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpectedNames</name>
    <message>
        <source>the imported archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportProjectDialog</name>
    <message>
        <source>Export project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret values are never exported: only their names are listed, so an import can ask for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot source files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export project “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the project to a ZIP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file holds the project in the bot platform&apos;s layout, so it can be imported here or on the platform. It will contain:</source>
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
        <source>Variables in the export (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No variable is marked “Include into project export ZIP file”, so the ZIP holds none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) left out, not marked for export: %1</source>
        <translation>
            <numerusform>%n variable left out, not marked for export: %1</numerusform>
            <numerusform>%n variables left out, not marked for export: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every variable of the project is marked for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret names listed (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source folder is bound, so the ZIP holds no bot code. Bind the folder with the bot&apos;s code (Project → Bind source folder…) to include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, from %2</source>
        <translation>
            <numerusform>%n file, %1, from %2</numerusform>
            <numerusform>%n files, %1, from %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Project ZIP files (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was not exported to %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2: %3, %4 (names only), %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret name(s)</source>
        <translation>
            <numerusform>%n secret name</numerusform>
            <numerusform>%n secret names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source file(s)</source>
        <translation>
            <numerusform>%n source file</numerusform>
            <numerusform>%n source files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FoldedRowTableModel</name>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatUpgradeProgress</name>
    <message>
        <source>Vault upgrade progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by an older BotVault. Its records are being re-sealed in the current format, once: %1 of %2 done. The vault opens when this is finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently &amp;deleted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show project &amp;at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions of the selected secret or variable, and restoring one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore or purge the secrets, variables and projects deleted recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project as it was at a moment, and restoring it to that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a secret or a variable to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>%1 is a secret of project %2, not a variable: add --secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a variable of project %2, not a secret: leave out --secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted from project %2; it is entry %3 of the recently deleted list. Restore it with: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(forgotten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(never shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
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
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;restore&apos; needs --version N, a version number as &apos;history&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version needs a version number (1 or more), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no version %2; the versions kept are %3 (see &quot;%4&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it under another name with --as NEW_NAME, or rename the other item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored secret %1 of project %2 to version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored variable %1 of project %2 to version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 of project %2 has no old values to forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Destroy the %n old value(s) of secret %1 in project %2 for good? Its current value stays; its versions stay listed without a value.</source>
        <translation>
            <numerusform>Destroy the %n old value of secret %1 in project %2 for good? Its current value stays; its versions stay listed without a value.</numerusform>
            <numerusform>Destroy the %n old values of secret %1 in project %2 for good? Its current value stays; its versions stay listed without a value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroyed %n old value(s) of secret %1 in project %2.</source>
        <translation>
            <numerusform>Destroyed %n old value of secret %1 in project %2.</numerusform>
            <numerusform>Destroyed %n old values of secret %1 in project %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Restore &amp;under the name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget old values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of this secret, oldest first. A secret&apos;s values are never shown; Restore makes a version&apos;s value current again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of this variable, oldest first. Select one to compare it with the current value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference from the current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to restore the version under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the old values of this secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy every old value of this secret for good, as after a leak; the current value stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this version cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(forgotten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(never shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of this version was forgotten: it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type another name below and restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored version %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy every old value of secret %1 for good?

Its current value stays, and its versions stay listed without a value. A forgotten value cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget old values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the old values of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>This vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled from the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before history started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export flag changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State when history started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProjectDialog</name>
    <message>
        <source>Import project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;new project named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into the current project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into the current project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables with a different value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets that need a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot source files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extract to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the source files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the source files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into the current project (none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose per variable, or for all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source file(s) (%1)</source>
        <translation>
            <numerusform>%n source file (%1)</numerusform>
            <numerusform>%n source files (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no source files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a BotVault export of “%2” with %3, %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret name(s)</source>
        <translation>
            <numerusform>%n secret name</numerusform>
            <numerusform>%n secret names</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a bot project without BotVault data: %2. It brings no variables; the names its code expects are listed below and on the page after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets that need a value (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets that need a value: %1

Archives never carry secret values. After the import the page lists these names; click one there to add its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds %1. They are extracted into a new or empty folder, and the project is bound to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables with a different value (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New variables (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) of the archive already hold the same value here.</source>
        <translation>
            <numerusform>%n variable of the archive already holds the same value here.</numerusform>
            <numerusform>%n variables of the archive already hold the same value here.</numerusform>
        </translation>
    </message>
    <message>
        <source>A project named “%1” already exists: choose another name, or merge into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the source files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the folder&apos;s full path, or click “Choose…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a file; choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not empty; choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” that would hold it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the bot&apos;s source files (new or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n secret(s) need a value.</source>
        <translation>
            <numerusform> %n secret needs a value.</numerusform>
            <numerusform> %n secrets need a value.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 as project %2 with %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into %2: %3 added, %4 replaced, %5 kept.%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the source files (extract them into a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the archive&apos;s source files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind the project to that folder instead of its current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the project to the extracted folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds %1. A merge takes only the variables unless you take the files too; “%2” keeps its source folder unless you bind it to the new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemAuthor</name>
    <message>
        <source>%1 (platform)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTab</name>
    <message>
        <source>Loading %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the name %1.</source>
        <translation type="unfinished"></translation>
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
    <name>LockScreen</name>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the vault</source>
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
    <message>
        <source>&amp;Import project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a project from a ZIP file: a BotVault export or a bot platform project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project as a ZIP file: its bot code, the variables marked for export and the secret names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .en&amp;v file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add variables and secrets from NAME=value lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project&apos;s variables as NAME=value lines; secrets are not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan the bot&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .env &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;master password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the master password; every record is re-encrypted under a new data key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the master password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;all projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a name in every project, or a text in variables&apos; values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project of that result is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in project %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded the vault.</source>
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
    <name>MoveToSecretDialog</name>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the value at %1 (%2, %3) as a secret of the project, and read it in the code with $secrets.get. The file as it was is kept as a backup outside the source folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project already has a secret named %1: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is now the secret %1, and %2 reads it. The file as it was is kept in %3: it still holds the key, so delete it once the bot works, and rotate the key, which is still in the folder&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of the names the bot reads failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: the code reads the secret %1, and the project has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: every name the bot reads is defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Check: the bot reads %n name(s) the project lacks.</source>
        <translation>
            <numerusform>Check: the bot reads %n name the project lacks.</numerusform>
            <numerusform>Check: the bot reads %n names the project lacks.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>The name is %n characters long; a name may have at most %1 characters.</source>
        <translation>
            <numerusform>The name is %n character long; a name may have at most %1 characters.</numerusform>
            <numerusform>The name is %n characters long; a name may have at most %1 characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project name is %n characters long; a project name may have at most %1 characters.</source>
        <translation>
            <numerusform>The project name is %n character long; a project name may have at most %1 characters.</numerusform>
            <numerusform>The project name is %n characters long; a project name may have at most %1 characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameUsageBanner</name>
    <message>
        <source>Names the bot expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan the bot&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the source folder again after its code changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The bot expects %n secret(s) this project lacks: %1</source>
        <translation>
            <numerusform>The bot expects %n secret this project lacks: %1</numerusform>
            <numerusform>The bot expects %n secrets this project lacks: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bot expects %n variable(s) this project lacks: %1</source>
        <translation>
            <numerusform>The bot expects %n variable this project lacks: %1</numerusform>
            <numerusform>The bot expects %n variables this project lacks: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a name to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every secret and variable the bot&apos;s code reads is defined in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) defined here are not found in the bot&apos;s code; the tables mark them “unused”.</source>
        <translation>
            <numerusform>%n name defined here is not found in the bot&apos;s code; the tables mark it “unused”.</numerusform>
            <numerusform>%n names defined here are not found in the bot&apos;s code; the tables mark them “unused”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code also reads %n name(s) computed at run time, so this check may be incomplete.</source>
        <translation>
            <numerusform>The code also reads %n name computed at run time, so this check may be incomplete.</numerusform>
            <numerusform>The code also reads %n names computed at run time, so this check may be incomplete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scan could not check everything (%n note(s)); hover here for details.</source>
        <translation>
            <numerusform>The scan could not check everything (%n note); hover here for details.</numerusform>
            <numerusform>The scan could not check everything (%n notes); hover here for details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bot&apos;s code could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with a default (the bot uses its default while this project lacks them): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every secret and variable the bot&apos;s code reads without a default is defined in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one line only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The bot expects %n name(s) this project lacks.</source>
        <translation>
            <numerusform>The bot expects %n name this project lacks.</numerusform>
            <numerusform>The bot expects %n names this project lacks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every name the bot&apos;s code reads is defined here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) here are unused.</source>
        <translation>
            <numerusform>%n name here are unused.</numerusform>
            <numerusform>%n names here are unused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationProgressDialog</name>
    <message>
        <source>Connecting to the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 while pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold down to show the text (Ctrl+H shows or hides it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordGenerator</name>
    <message>
        <source>The length must be between %1 and %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one set of characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordGeneratorDialog</name>
    <message>
        <source>&amp;Lowercase letters (a–z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uppercase letters (A–Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Digits (0–9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symbols (!#$%…, no quotes or spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one set of characters.</source>
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
    <name>PasswordStrengthView</name>
    <message>
        <source>Weak master password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this weak password?

%1

Anyone who gets a copy of the vault file can try to guess it, and a weak password is guessed quickly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformAccess</name>
    <message>
        <source>The option --timeout needs a number of seconds above 0 and at most %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file &apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no PEM certificate; give the certificate of the authority that issued the server&apos;s certificate, in PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 must be a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused, so the API token was not sent: %1 If the server uses a private certificate authority, give its certificate with --ca-file PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Check that it is the whole token, then set it again: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox keeps the changes; to retry, run &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox keeps the changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>The remote project id %1 is not valid: ids are whole numbers from 1 to 9007199254740991. Check the project&apos;s remote binding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a platform URL. Enter an address such as https://bots.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform URL must not contain a user name or password. Remove them from %1; the API token is entered separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform URL %1 must not contain &apos;?&apos; or &apos;#&apos;. Enter the server&apos;s address only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform URL %1 uses plain http://, which would send the API token unencrypted. Use https://; plain http:// is allowed only for 127.0.0.1 and ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform URL %1 must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform URL is set. Set the platform URL in the project&apos;s remote binding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token is set for %1. Enter the token in the project&apos;s remote binding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delete needs the revision of the item on the server (or &quot;any revision&quot;), not &quot;create only&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform redirected the request to %1, another address than %2. The request was stopped so that the API token is not sent there; check the platform URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The platform at %1 did not finish the request within %n second(s).</source>
        <translation>
            <numerusform>The platform at %1 did not finish the request within %n second.</numerusform>
            <numerusform>The platform at %1 did not finish the request within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer has no HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The platform at %1 did not answer within %n second(s). Check the network connection and try again.</source>
        <translation>
            <numerusform>The platform at %1 did not answer within %n second. Check the network connection and try again.</numerusform>
            <numerusform>The platform at %1 did not answer within %n seconds. Check the network connection and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform at %1 refused the connection. Check the URL and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform host %1 was not found. Check the URL and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the platform at %1 closed before the whole answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform at %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (self-signed). Add the certificate of the authority that issued it to this computer&apos;s trusted certificates, or ask the server&apos;s administrator for a certificate from a trusted authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: it was not issued by an authority this computer trusts. Add that authority&apos;s certificate to the trusted certificates, or check the platform URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is for another host than %1. Check the platform URL; if it is right, the server presents the wrong certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired. Ask the server&apos;s administrator to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet. Check this computer&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established. Check the platform URL and that the server speaks HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s response to %1 %2 was malformed: %3. Check that the URL points to a BotVault platform API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered HTTP %1 without an explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered HTTP %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is invalid at byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing has no items or nextCursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing repeats its page cursor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointInTimeCommands</name>
    <message>
        <source>Name the moment with --at TIME (2026-12-01 or 2026-12-01T10:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date or a time in ISO 8601 form (2026-12-01 or 2026-12-01T10:00:00Z): &apos;%2&apos; is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(never shown)</source>
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
        <source>Project %1 had no secrets and no variables at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
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
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is as it was at %2: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore project %1 to %2? This adds back %3, changes %4 and removes %5 item(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored project %1 to %2: %3 added back, %4 changed, %5 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectArchive</name>
    <message>
        <source>Entry %1 of &quot;%2&quot; in %3 is not a JSON object: the archive is damaged or was not made by BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; in %3 has no name: the archive is damaged or was not made by BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; in %3 has an invalid name. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; appears more than once in &quot;%2&quot; in %3: the archive is damaged or was not made by BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say &quot;format&quot;: &quot;%2&quot;: the archive was not made by BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid format version; this BotVault reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is format version %2; this BotVault reads version %3 only. Import it with the BotVault that exported it, or a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a list: the archive is damaged or was not made by BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable &apos;%1&apos; in %2 has the unknown key &apos;%3&apos;: the archive was not made by this version of BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable &apos;%1&apos; in %2 has no text value: the archive is damaged or was not made by BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the variable &apos;%1&apos; in %2 contains a broken character (half of a surrogate pair): the archive is damaged or was not made by BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &apos;%1&apos; in %2 carries a value. A BotVault export holds the names of secrets only, so this archive was not made by BotVault; it is refused so that no secret value is imported from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &apos;%1&apos; in %2 has the key &apos;%3&apos;; a secret entry holds only its name, so this archive was not made by BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text: the archive is damaged or was not made by BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3): the archive is damaged or was not made by BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object: the archive is damaged or was not made by BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the unknown key &apos;%2&apos;: the archive was not made by this version of BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not name the project: the archive is damaged or was not made by BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project in %1 has the unknown key &apos;%2&apos;: the archive was not made by this version of BotVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project name in %1 is not valid. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable to export has an invalid name. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable &apos;%1&apos; is listed twice for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the variable &apos;%1&apos; contains a broken character (half of a surrogate pair); edit the value before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret to export has an invalid name. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &apos;%1&apos; is listed twice for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; in the source folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an empty name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a control or text-direction character in its name, which would hide its real name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a backslash, which Windows reads as a folder separator; archive paths use &apos;/&apos; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an absolute path; only paths inside the project folder are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts with a drive letter; only paths inside the project folder are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains &apos;:&apos;, which Windows cannot store in a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains an empty path segment (&apos;//&apos; or a trailing &apos;/&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains &apos;..&apos;, which would lead outside the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a &apos;.&apos; segment (&apos;./&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, but &apos;%2&apos; puts a folder at the same place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and &apos;%2&apos; differ only in letter case or Unicode form; macOS and Windows would store them as one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the folder &apos;%2/&apos;, which BotVault reserves for its project file; rename that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds more than %1 entries, more than BotVault imports; it is not a bot project export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the archive&apos;s central directory cannot be read: the archive is truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the archive (&apos;%2&apos;) has a name that is not valid UTF-8; BotVault cannot tell where it would be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted; BotVault imports only unencrypted archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses compression method %2; BotVault reads only stored and deflated entries. Create the archive again with ZIP&apos;s standard compression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a project archive may hold only files and folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file or folder (a device, pipe, socket, or a folder without a trailing &apos;/&apos;); a project archive may hold only files and folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares an impossible size: the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be located in the archive: the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s central directory cannot be read: the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the folder &apos;%2/&apos;, which holds only %3 in a BotVault archive; BotVault does not know this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a missing local header, or one that disagrees with the central directory: the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut off: the archive is truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and &apos;%2&apos; share bytes in the archive; overlapping entries are a way to build a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has another name in its local header; the archive was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to read the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: the archive is truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has data after the end of its compressed stream: the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds invalid compressed data: the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends before its compressed data does: the archive is truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares %2 bytes but holds %3: the archive is damaged or was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails its CRC check: the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder but carries data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares %2 bytes but holds more: the archive is damaged or was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 times its compressed size; BotVault refuses it as a likely zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive inflates to more than %1 times its compressed size (stopped at &apos;%2&apos;); BotVault refuses it as a likely zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds more than %1 bytes (stopped at &apos;%2&apos;), more than BotVault imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds no files; choose the ZIP file of a bot project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to something that does not exist; remove it or replace it with a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to a file outside the folder; export would copy that file into the archive. Replace the link with a copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to a folder; an archive holds no links. Replace the link with a copy of the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); remove it from the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source folder holds more than %1 files, more than an archive may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no archive to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive must be read from a file; a stream cannot be checked before it is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a ZIP archive, or it is truncated or damaged: its central directory cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source folder holds more than %1 bytes, more than an archive may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being read; export again once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed (%2); the previous file, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not a folder; choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new or empty folder so that no file is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder can be created in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty folder %1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files cannot be moved into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &apos;%1&apos; in %2 has an invalid &quot;%3&quot;: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of days from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date such as 2027-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret has a rotation period or an expiry date, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UTC time such as 2026-12-07T10:05:40Z</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectAtTimeDialog</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the project to this moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the project at this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
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
        <source>Export</source>
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
    <message>
        <source>The project at that moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What restoring would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the project to this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(never shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is as it was then: restoring would change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring would add back %1, change %2 and remove %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore project %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change keeps a version, so this too can be undone from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored project %1: %2 added back, %3 changed, %4 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
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
        <source>SOURCE FOLDER</source>
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
        <source>The folder &apos;%1&apos; does not exist; give the folder that holds the bot&apos;s chatbot.yaml and src/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder; give the folder that holds the bot&apos;s chatbot.yaml and src/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no chatbot.yaml; check that it is the bot&apos;s project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound project &apos;%1&apos; to the source folder &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; has no source folder bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbound project &apos;%1&apos; from the source folder &apos;%2&apos;; the folder itself was not touched.</source>
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
    <name>ProjectNameDialog</name>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTransfer</name>
    <message>
        <source>The project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is not empty; choose a new or empty folder for the bot&apos;s source files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable record #%1 of the project is damaged; the export would be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The archive holds %n source file(s); choose a folder to put them in.</source>
        <translation>
            <numerusform>The archive holds %n source file; choose a folder to put it in.</numerusform>
            <numerusform>The archive holds %n source files; choose a folder to put them in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectTransferActions</name>
    <message>
        <source>Export project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project “%1” cannot be exported.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ZIP files (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variables of “%1” cannot be exported.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the variables of “%1” (secrets are not exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment files (*.env);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2

Choose another folder or free some space, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 of %2 to %3; secrets are not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hard-coded key</source>
        <translation>
            <numerusform>%n hard-coded key</numerusform>
            <numerusform>%n hard-coded keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hard-coded keys</source>
        <translation>
            <numerusform>%n hard-coded key</numerusform>
            <numerusform>%n hard-coded keys</numerusform>
        </translation>
    </message>
    <message>
        <source>The source folder holds %1 (%2); anyone with the archive can use them. Move them to secrets first (Show findings… on the project&apos;s page), or export anyway?</source>
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
    <message>
        <source>&amp;Bind source folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unbind source folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder with the bot&apos;s code (chatbot.yaml, src/), so the page can check the names the bot expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the source folder; its files stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source folder of “%1” (the folder with chatbot.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind source folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no chatbot.yaml, so it may not be the bot&apos;s project folder: the names the bot expects are read from chatbot.yaml and the scripts under src/.

Bind project “%2” to it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound project %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind source folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is no longer bound to a source folder; its files were not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project “%1” with %2 and %3?

Until it is purged, Edit → Recently deleted… brings it back, without its platform binding.</source>
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
    <name>RemoteBindingDialog</name>
    <message>
        <source>Bind “%1” to a platform project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish and Pull send this project&apos;s secrets and variables to a project on the bot platform. Create an API token on the platform (your profile, API tokens) and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://platform.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is stored encrypted in this vault, never in the settings, and is sent only to this address. It is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection and save the binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the token: it is wrong, expired or revoked. Create a new token on the platform and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s certificate was refused, so the token was not sent. Check the address; a server with a self-signed certificate must be trusted by this computer first.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not be reached. Check the address and your connection, then try again.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the request for this account&apos;s roles.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address, such as https://platform.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API token for this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Save the binding anyway? You can publish once the platform can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot add, edit or delete secrets (that needs %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The binding was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection to list the platform&apos;s projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform &amp;project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token sees no project on the platform; create one there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the platform project, then press Bind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the API token you typed? It has not been saved, so you would have to paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteCommands</name>
    <message>
        <source>&apos;remote set&apos; needs --remote-project ID, the id of the project on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --remote-project needs the project&apos;s id on the platform, a whole number from 1, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound %1 to %2 project %3 as %4 (roles: %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the secrets-admin role %2: secrets can be read by name but not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither SYSTEM_ADMIN nor DEVELOPER: variables can be read but not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is not bound to a platform project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMOTE PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUED CHANGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNFINISHED BATCHES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next publish sends the unfinished batches again first, with the same idempotency keys, so the platform applies each of them once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbound %1 from %2 project %3; its token and %4 queued changes were removed from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token for %1 (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token given: pipe it on standard input (one line) or type it at the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token must be one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item of the project was never published to this platform project: the next publish compares it with the platform and sends it when the platform lacks it or holds another value. Queued changes count only the edits made since the binding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items of the project were never published to this platform project: the next publish compares them with the platform and sends every one it lacks or holds with another value. Queued changes count only the edits made since the binding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotateSecretDialog</name>
    <message>
        <source>&amp;Publish at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The value of %1 was replaced %n day(s) ago.</source>
        <translation>
            <numerusform>The value of %1 was replaced %n day ago.</numerusform>
            <numerusform>The value of %1 was replaced %n days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type the new value; it stays masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is not bound to a platform project: the new value stays in the vault until you bind and publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once published, every channel of the platform project reads the new value at once, without a deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once published, these channels read the new value at once, without a deploy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is %1 bytes long; the limit is %2 bytes (64 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotationPolicyEdit</name>
    <message>
        <source>Rotation rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation period in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotationRules</name>
    <message>
        <source>Give a rotation period or an expiry date, not both: a secret has one rotation rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation period must be between 1 and %1 days, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date %1 is not in the future: give a date after today (%2, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation period must be a whole number of days between 1 and %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date must be a date in the form YYYY-MM-DD, such as 2027-03-31, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>OK, due in %n day(s)</source>
        <translation>
            <numerusform>OK, due in %n day</numerusform>
            <numerusform>OK, due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue since today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No rotation</source>
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
    <name>RunCommands</name>
    <message>
        <source>--allow %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not passed to the command: it is read %2. Give --allow %1 to pass it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow %1: project &apos;%2&apos; has no variable or secret of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &apos;%1&apos; was not found; check its name, or give its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &apos;%1&apos; could not be started: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable record #%1 of project &apos;%2&apos; is damaged; the command was not started, since it would miss a value. Restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret record #%1 of project &apos;%2&apos; is damaged; the command was not started, since it would miss a value. Restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is both a secret and a variable of project &apos;%2&apos;; the command gets the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; has no source folder bound, so there is no code to check: bind the bot&apos;s folder with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source folder &apos;%1&apos; of project &apos;%2&apos; does not exist any more: bind the bot&apos;s folder again with: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot reads %1 and %2 that project &apos;%3&apos; lacks: add them with &apos;botvault-cli secret set&apos; and &apos;botvault-cli var set&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &apos;%1&apos;, source folder &apos;%2&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets the bot reads that the project lacks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables the bot reads that the project lacks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets the project defines that the bot never reads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables the project defines that the bot never reads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every secret and variable the bot reads is defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot reads some secrets by a computed name, so a secret listed as never read may still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot reads some variables by a computed name, so a variable listed as never read may still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets the bot reads with a default that the project lacks (read with a default: the bot uses its default):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables the bot reads with a default that the project lacks (read with a default: the bot uses its default):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every secret and variable the bot reads without a default is defined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanCommands</name>
    <message numerus="yes">
        <source>%n hard-coded credential</source>
        <translation>
            <numerusform>%n hard-coded credential</numerusform>
            <numerusform>%n hard-coded credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hard-coded credentials</source>
        <translation>
            <numerusform>%n hard-coded credential</numerusform>
            <numerusform>%n hard-coded credentials</numerusform>
        </translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; has no source folder bound, so there is no code to scan: bind the bot&apos;s folder with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the source folder of project &apos;%2&apos;: move each value to a secret and read it with $secrets.get, or mark the line &apos;botvault:ignore REASON&apos; if it is not a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &apos;%1&apos;, source folder &apos;%2&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hard-coded credentials found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds %1 from the source folder (%2), as --allow-findings allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source folder of project &apos;%1&apos; holds %2 (%3); nothing was written. Move them to secrets (see &apos;botvault-cli scan&apos;), or give --allow-findings to export them anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of --ignore, --unignore and --move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ignore ID needs --reason TEXT saying why the finding is not a credential, and --reason goes only with --ignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name and --yes go only with --move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan found no credential with the id &apos;%1&apos; in the source folder: run &apos;botvault-cli scan&apos; and copy an id it lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored %1 (%2) in project &apos;%3&apos;; &apos;botvault-cli scan --all&apos; lists it, --unignore %4 reports it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding %1 of project &apos;%2&apos; is reported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2  %3  id %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) ignored in the vault not shown; --all lists them.</source>
        <translation>
            <numerusform>%n finding ignored in the vault not shown; --all lists them.</numerusform>
            <numerusform>%n findings ignored in the vault not shown; --all lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: there is no terminal to confirm the change on. Give --yes to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the value as a secret and write this change? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; already has a secret named %2; nothing was changed. Choose another name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret&apos;s name %1 is suggested by the code; give --name to choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the value as secret %1 of project &apos;%2&apos; and rewrote %3. The file as it was is kept in %4: it still holds the key, so delete it once the bot works, and rotate the key, which is still in the folder&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of the names the bot reads failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: the code reads the secret %1, and project &apos;%2&apos; has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: every name the bot reads is defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>check: the bot reads %n name(s) the project lacks; run &apos;botvault-cli check&apos; for the list.</source>
        <translation>
            <numerusform>check: the bot reads %n name the project lacks; run &apos;botvault-cli check&apos; for the list.</numerusform>
            <numerusform>check: the bot reads %n names the project lacks; run &apos;botvault-cli check&apos; for the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretCommands</name>
    <message>
        <source>Added secret %1 to project %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the value of secret %1 in project %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
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
        <source>Value of secret %1 (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of secret %1 is empty; a secret needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation of secret %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --rotate-every, --expires and --no-rotation, not several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation of secret %1 in project %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 in project %2 has no rotation rule now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value was not changed; replace it with &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROTATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue for rotation in project %1: %2. Replace each value with &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated secret %1 in project %2: the new value replaced the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish it to reach every channel: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channels could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform project has no channels yet; every channel added will read the new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new value reaches every channel without a deploy: %1.</source>
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
    <message>
        <source>&amp;Multi-line value (a key or certificate file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-line value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the value with a new random token or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type the value, such as a PEM private key; it stays masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has several lines; it cannot go into the one-line field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generated a %n-character value; hold the eye button to see it.</source>
        <translation>
            <numerusform>Generated a %n-character value; hold the eye button to see it.</numerusform>
            <numerusform>Generated a %n-character value; hold the eye button to see it.</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;otation:</source>
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
    <name>SecretTextField</name>
    <message>
        <source>Hold down to show the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 while pressed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretTextShape</name>
    <message>
        <source>Line %1 ends a PEM block that never began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 ends “%2”, but the block began as “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the PEM block is not base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM block “%1” has no END line: the value may be cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: %1, bytes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: looks like a PEM private key (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: looks like a chain of PEM certificates (blocks: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: looks like a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: looks like a PEM block (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
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
    <message>
        <source>Source folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked the bot&apos;s code in %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source folder bound — bind one to check the names your bot expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot&apos;s code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind source folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the source folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind source folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder with the bot&apos;s code (chatbot.yaml, src/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the bot&apos;s code (chatbot.yaml, src/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code also reads names computed at run time, so this check may be incomplete.</source>
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
        <source>Deleted secret %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secrets yet.

Click “Add secret” to store an API key or a password. Bot scripts read it with $secrets.get(&quot;NAME&quot;, defaultValue); the value is encrypted and never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) overdue for rotation</source>
        <translation>
            <numerusform>%n secret overdue for rotation</numerusform>
            <numerusform>%n secrets overdue for rotation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within %1 days</source>
        <translation>
            <numerusform>%n due within %1 days</numerusform>
            <numerusform>%n due within %1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Select one and press Ctrl+Shift+R (Rotate…) to replace its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record #%1 is damaged and cannot be rotated; delete it and add the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated secret %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the secret “%1” from project “%2”?

Bot scripts that read it with $secrets.get(&quot;%1&quot;) will no longer find it on any channel once this is published. Until it is purged, Edit → Recently deleted… brings it back.</source>
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
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n day old</numerusform>
            <numerusform>%n days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Value replaced %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Value replaced %1, %n day ago.</numerusform>
            <numerusform>Value replaced %1, %n days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation</source>
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
    <message>
        <source>Adding, editing and deleting secrets needs this role. Choose the role that may change secrets on your bot platform: SYSTEM_ADMIN on most installations, SECURITY_ADMIN where secrets are left to the security team. If unsure, ask your platform administrator which role can edit a project&apos;s secrets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceRewrite</name>
    <message>
        <source>%1 cannot be read (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a binary or very large file; BotVault does not rewrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is gone; scan the folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file inside the source folder; BotVault does not rewrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a private key spans several lines; store it as a secret and remove it from the file by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only JavaScript files can read a secret with $secrets.get, and this line is not a comment. Read the value in a .js file instead, or store it as a secret and edit the file by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value is not in a quoted string, so BotVault cannot tell what to replace; edit the line by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the scan; nothing was changed. Scan the folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be written (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); it was not changed.</source>
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
    <name>StartupVariables</name>
    <message>
        <source>by the dynamic loader, which loads the libraries it names into every program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the C or TLS library of every program, which loads modules or files from where it points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the shells, which run the code, files or commands it names as they start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by every program that starts another by name, which runs the first one found where it points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by Node.js and npm, which load the code it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by Python, which loads the code it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by Perl, which loads the code it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by Ruby, which loads the code it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the Java virtual machine, which takes options and code from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by PHP, whose settings from there can run code before every script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by Lua, which runs or loads the code it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by git, ssh, less and other programs, which run the command it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by most programs, which read their configuration from there, and some settings run commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by Qt and GTK programs, which load plug-ins from where it points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by TLS libraries, which trust the certificates it names or write their session keys there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read %2, so its value decides what runs; &apos;botvault-cli run&apos; passes it to a command only when named with --allow %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Give --keep-local or --take-remote, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is not bound to a platform project: bind it with &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 and %2 project %3 (as %4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unfinished batches of an earlier publish are sent again first, with their keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the platform (brought in by &apos;pull&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets replaced on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local changes waiting to be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed both in this vault and on the platform; nothing was sent or written. Choose a side: &quot;%2&quot; keeps this vault&apos;s values, &quot;%3&quot; takes the platform&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them were unfinished batches of an earlier publish, sent again with their keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled %1 into project %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform changed %1 since this vault last saw them; their batch was not applied and the outbox keeps it. Run &quot;%2&quot; to see both sides and choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ind to platform project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ull…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind from p&amp;latform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the platform project this project publishes to, and its API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this project&apos;s changes to the platform, after showing what will change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the platform&apos;s changes into this vault, after showing what will change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop publishing this project; its secrets and variables stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your platform account %1 has the roles %2; adding, editing and deleting secrets needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your platform account %1 has the roles %2; adding, editing and deleting variables needs SYSTEM_ADMIN or DEVELOPER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change platform b&amp;inding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync state unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to publish</source>
        <translation>
            <numerusform>%n change to publish</numerusform>
            <numerusform>%n changes to publish</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform project #%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is bound to platform project #%2 at %3. Publish sends its secrets and variables there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind “%1” from platform project #%2 at %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not published yet will be dropped from the queue. </source>
        <translation>
            <numerusform>%n change not published yet will be dropped from the queue. </numerusform>
            <numerusform>%n changes not published yet will be dropped from the queue. </numerusform>
        </translation>
    </message>
    <message>
        <source>The secrets and variables stay in this vault and on the platform; the stored API token is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind from platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer bound to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is up to date with the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Published “%1”: sent %n change(s)</source>
        <translation>
            <numerusform>Published “%1”: sent %n change</numerusform>
            <numerusform>Published “%1”: sent %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n request(s).</source>
        <translation>
            <numerusform>in %n request.</numerusform>
            <numerusform>in %n requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing stopped: items were changed on the platform meanwhile, and nothing was overwritten. Choose a side for each conflict, then publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Publishing “%1” was cancelled; %n change(s) are still queued.</source>
        <translation>
            <numerusform>Publishing “%1” was cancelled; %n change is still queued.</numerusform>
            <numerusform>Publishing “%1” was cancelled; %n changes are still queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n change(s) from the platform into “%1”.</source>
        <translation>
            <numerusform>Pulled %n change from the platform into “%1”.</numerusform>
            <numerusform>Pulled %n changes from the platform into “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform changed again while pulling; nothing was written. Check the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling into “%1” was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the project&apos;s API token: it is wrong, expired or revoked. Choose Project → Change platform binding… and enter a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is not bound to a platform project, or its API token is missing. Choose Project → Bind to platform project….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The queued changes include a damaged record; nothing after it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… changes already sent are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to pull</source>
        <translation>
            <numerusform>%n change to pull</numerusform>
            <numerusform>%n changes to pull</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged change(s)</source>
        <translation>
            <numerusform>%n damaged change</numerusform>
            <numerusform>%n damaged changes</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The platform&apos;s answer to a batch of changes does not match the request (%1). The batch stays queued and is sent again with the same key on the next publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored batch of changes could not be read back. Remove the project&apos;s remote binding and bind it again to start over; the platform&apos;s revisions will show what was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results for %2 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result %1 names another item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result %1 has no revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is already syncing. Wait for the running publish or pull to finish, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing more was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the API token: it is unknown, revoked or expired. Enter a new token in the project&apos;s remote binding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the platform&apos;s secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the platform&apos;s variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has conflicts without a choice. Choose for each conflict whether to keep the local side or take the platform&apos;s, then publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing secrets needs the %1 role on the platform, and %2 does not have it. Nothing was sent; the changes stay queued. Ask the platform&apos;s administrator for the role, or use a token of a user who has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing variables needs the SYSTEM_ADMIN or DEVELOPER role on the platform, and %1 has neither. Nothing was sent; the changes stay queued. Ask the platform&apos;s administrator for a role, or use another token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored batch of changes from an earlier publish could not be opened (damaged). Remove the project&apos;s remote binding and bind it again to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing was cancelled before anything was sent; every change stays queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes left by an earlier publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 changed on the platform since the plan was shown, or conflicts now. Nothing more was sent; prepare the publish again to see both sides and choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A queued change could not be opened (damaged). Nothing more was sent; remove the project&apos;s remote binding and bind it again to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing was cancelled after %1 of %2 changes; the rest stay queued for the next publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &apos;%1&apos; was replaced on the platform by %2; the local value may be out of date. Replace it here if you know the new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) were left as they are: choose a side for each and pull or publish again.</source>
        <translation>
            <numerusform>%n conflict was left as it is: choose a side and pull or publish again.</numerusform>
            <numerusform>%n conflicts were left as they are: choose a side for each and pull or publish again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot take the platform&apos;s side of secret(s) %1: a secret&apos;s value never comes back from the platform, so this vault would keep a value the platform does not hold. Nothing was sent or written. Keep this vault&apos;s value instead, or set the secret here to the platform&apos;s value and publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform at %1 has no project #%2 that this token can see (it does not exist, or no longer does), so nothing was bound. Choose one of the platform&apos;s projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform at %1 has no project #%2 (it was deleted, or the binding points at the wrong project); retrying cannot help. Bind this project to an existing platform project again: Project → Change platform binding… in the desktop, or &quot;botvault-cli remote set PROJECT URL --remote-project ID&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the platform changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation rule of secret &apos;%1&apos; was changed on the platform by %2 and is now &quot;%3&quot; here too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPlanDialog</name>
    <message>
        <source>Publish “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a side for every conflict to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish these changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull these changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add to this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To remove from the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To remove from this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets replaced on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming changes (use Pull to bring them into this vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made here (use Publish to send them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be sent to the platform project #%1.</source>
        <translation>
            <numerusform>%n change will be sent to the platform project #%1.</numerusform>
            <numerusform>%n changes will be sent to the platform project #%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed here needs publishing to the platform project #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on the platform are not in this vault yet.</source>
        <translation>
            <numerusform>%n change made on the platform is not in this vault yet.</numerusform>
            <numerusform>%n changes made on the platform are not in this vault yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the platform project #%1 will be written to this vault.</source>
        <translation>
            <numerusform>%n change from the platform project #%1 will be written to this vault.</numerusform>
            <numerusform>%n changes from the platform project #%1 will be written to this vault.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform project #%1 has no changes for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret&apos;s value cannot be read back from the platform: for a secret replaced there, this vault keeps its own value, which may be out of date. Set it again here if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed on both sides; nothing is overwritten without your choice.</source>
        <translation>
            <numerusform>%n item changed on both sides; nothing is overwritten without your choice.</numerusform>
            <numerusform>%n items changed on both sides; nothing is overwritten without your choice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) already match.</source>
        <translation>
            <numerusform>%n item already matches.</numerusform>
            <numerusform>%n items already match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued change(s) are damaged and cannot be read; publishing stops before them.</source>
        <translation>
            <numerusform>%n queued change is damaged and cannot be read; publishing stops before it.</numerusform>
            <numerusform>%n queued changes are damaged and cannot be read; publishing stops before them.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to delete %1 on the platform when publishing; otherwise it stays there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this vault&apos;s side of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the platform&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the platform&apos;s side of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave %1 for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare both sides of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in export: %1 %2 %3</source>
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
        <source>new value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced on the platform by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revision %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revision %L2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sent before; its answer was lost, so it is sent again first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made here conflict with the platform project #%1: nothing is sent before you choose a side for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here are not published yet.</source>
        <translation>
            <numerusform>%n change made here is not published yet.</numerusform>
            <numerusform>%n changes made here are not published yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>mine: %1
platform: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotation rule changed: %1</source>
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
    <name>TestWidgetPanel</name>
    <message>
        <source>E&amp;xpression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test widget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Test widget&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel to talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate a JavaScript expression after the deployed bot script, such as $env.get(&quot;GREETING&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a user message to the bot&apos;s onMessage(text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the channel&apos;s bot (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you send and what the bot answers appears here. Secret values in replies are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expression, such as $env.get(&quot;GREETING&quot;) — Ctrl+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message to the bot, such as Hello — Ctrl+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel to talk to: bind the project to a platform project and refresh its channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the bot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ms</source>
        <translation>
            <numerusform>%n ms</numerusform>
            <numerusform>%n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>“masked”: the reply contained a secret&apos;s value, which was replaced by ******.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stand-in secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot ran with stand-ins such as ‹secret API_KEY› instead of secret values: only the secrets-admin role runs it with the real ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message>
        <source>Exported project &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 included: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 not included (not marked for export): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 listed by name only, for the importer to fill in (values never leave the vault): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (%2) from &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No source folder bound, so no source files (&apos;botvault-cli project bind&apos; binds one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive and project &apos;%1&apos; differ in %2: choose --replace to take the archive&apos;s values or --keep to keep the project&apos;s. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --into PROJECT to merge into a project or --name NAME to name a new one, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive &apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive &apos;%1&apos; cannot be imported: %2 Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds no source files; --source-dir is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists and is not a folder; give a new or empty folder for the source files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is not empty; give a new or empty folder for the source files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist; create it first, or choose another place for the source files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s project name cannot be used: %1 Choose one with --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project named &apos;%1&apos; already exists: merge into it with --into %2, or choose another name with --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing &apos;%1&apos; into project &apos;%2&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing &apos;%1&apos; as the new project &apos;%2&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The archive has no botvault/project.json: it is a plain project ZIP, so it brings source files but no variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  New variables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Variables with another value in the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1: project &apos;%2&apos;, archive &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Unchanged variables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Secrets that need a value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Source files: %1 (%2) into &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Source files: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into project &apos;%1&apos;: %2 added, %3 replaced, %4 kept, %5 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source files are in &apos;%1&apos;, and the project is bound to that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These secrets need a value; set each with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --source-dir DIR to extract the source files or --no-source to leave them out, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep-binding is for --into PROJECT with --source-dir DIR: the files are extracted and the project keeps its own source folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds %1: give --source-dir DIR, a new or empty folder to put them in (the project is bound to it), or --no-source to import only the variables and secret names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Source files: %1 in the archive, not extracted (--no-source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source files are in &apos;%1&apos;; the project keeps its source folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashCommands</name>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret %1 of project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable %1 of project %2</source>
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
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PURGED AFTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an entry ID: give the number in the ID column of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the recently deleted list is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entry %1 in the recently deleted list: it was restored or purged already, or its time ran out (see &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it under another name with --as NEW_NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy %1 (deleted %2) and its versions for good? It cannot be restored afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged %1 for good.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Restore &amp;under the name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what was deleted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole vault, deleted projects too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently deleted items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to restore the entry under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge the selected entry for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this entry cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
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
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret %1 of project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable %1 of project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type another name below and restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy %1 and its versions for good?

It cannot be restored afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged %1 for good.</source>
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
    <name>UnusedNameDelegate</name>
    <message>
        <source>unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in this vault and not published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and on the platform; Publish or Pull asks which side to keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariableCommands</name>
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
        <source>NAME</source>
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
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED BY</source>
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
        <source>Renamed variable %1 to %2 in project %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed variable %1 from project %2.</source>
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
    <message>
        <source>Added variable %1. Publish it, then deploy a channel to apply it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved variable %1. Publish it, then deploy a channel to apply it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the environment variable “%1” from project “%2”?

Channels keep the value they were deployed with until they are deployed again. Until it is purged, Edit → Recently deleted… brings it back.</source>
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
    <message>
        <source>Encrypting a record failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform address is not valid; enter one such as https://bots.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform address must use https (plain http is allowed only for this computer); change &apos;%1&apos; to https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform address may not contain a user name, password, query or fragment; enter only the scheme, host, port and path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote project id must be a whole number from 1 to %1; check the id shown by the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token must be 1 to %1 printable characters without spaces; copy it again from the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; is not bound to a platform project; bind it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token of project &apos;%1&apos; is missing from the vault; bind the project again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change names an item that is neither a secret nor a variable; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; is not bound to a platform project; bind it to one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored publish request #%1 is damaged or was tampered with; its changes cannot be resent. Drop it and publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idempotency key of a publish request must be 1 to %1 printable characters without spaces; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A publish request of %1 bytes cannot be stored; the limit is 1 to %2 bytes. Send fewer changes per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry #%1 appears twice in one publish request; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry #%1 is not queued for project &apos;%2&apos;; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry #%1 is already part of stored publish request #%2; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s revision of &apos;%1&apos; is negative; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish request #%1 is no longer stored for this project; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another publish or pull of this project is running. Nothing was sent or written; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file beside the vault that keeps two publishes of a project apart. Check that the vault&apos;s folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another BotVault program changed the master password or the data key of this vault after it was unlocked here; nothing was read or written. Lock the vault and unlock it with the current master password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure random source for a new data key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; was changed elsewhere (at %3); reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; was changed elsewhere (by %3, at %4); reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; was removed elsewhere; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only its current state, version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; of project &apos;%3&apos; has no version %4; the vault keeps %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of version %1 of %2 &apos;%3&apos; is not kept (it was forgotten, or it predates history); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 &apos;%3&apos; is named &apos;%4&apos;, which another %2 of project &apos;%5&apos; has now; restore it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finding id: an id is the 16 hexadecimal digits &apos;botvault-cli scan&apos; shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the finding is not a credential: the reason is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding with the id &apos;%1&apos; is ignored in project &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History keeps 1 to %1 versions per item, and versions and deleted items for 0 to %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; did not exist at %2: it was created at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s history goes back to %1 only (what it keeps, or when it started): %2 is older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value %1 &apos;%2&apos; had at that moment is not kept (it was forgotten, or it predates history); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is not in the recently deleted list: it was restored or purged already, or it expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project of %1 &apos;%2&apos; is in the recently deleted list too: restore the project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; already has a %2 named &apos;%3&apos;: restore it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project named &apos;%1&apos; already exists: restore it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation rule of secret &apos;%1&apos; is not valid; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s rotation rule of secret &apos;%1&apos; is not valid; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
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
        <source>Changed the master password and replaced the data key: every record is re-encrypted under the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the master password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new master password given and no terminal to ask for it: use --new-password-file FILE.</source>
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
</context>
<context>
    <name>VaultRekey</name>
    <message>
        <source>Record #%1 of the vault is damaged or was tampered with, so the data key cannot be replaced without losing it. Nothing was changed: the old password and key still open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault holds records in tables this BotVault cannot re-encrypt (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record keys could not be derived; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s audit log is broken at entry %1, so the data key cannot be replaced without hiding that. Nothing was changed: the old password and key still open the vault.</source>
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
    <name>VaultSearchDialog</name>
    <message>
        <source>Search all projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in names and variable values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name such as STRIPE, or part of a variable&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret values are never searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1. Enter or a double-click shows the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>(the values differ; they are too long to compare line by line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1 → %2 (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export: included → left out (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export: left out → included (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of this version was forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is the same as now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (- this version, + now):</source>
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
