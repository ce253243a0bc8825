<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Adding, editing and deleting secrets needs the %1 role.</source>
        <translation>Для добавления, изменения и удаления секретов нужна роль %1.</translation>
    </message>
    <message>
        <source>The project holds secrets.</source>
        <translation>В проекте есть секреты.</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; holds secrets.</source>
        <translation>В проекте «%1» есть секреты.</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message>
        <source>Deleting a project that holds secrets needs the %1 role, as deleting a secret does.</source>
        <translation>Для удаления проекта с секретами нужна роль %1, как и для удаления секрета.</translation>
    </message>
</context>
<context>
    <name>AddChannelDialog</name>
    <message>
        <source>New channel</source>
        <translation>Новый канал</translation>
    </message>
    <message>
        <source>Channel type</source>
        <translation>Тип канала</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Имя канала</translation>
    </message>
    <message>
        <source>Support bot</source>
        <translation>Бот поддержки</translation>
    </message>
    <message>
        <source>The channel starts without a deploy: deploy it to give it the project&apos;s variables.</source>
        <translation>Канал создаётся без развёртывания: разверните его, чтобы передать ему переменные проекта.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
</context>
<context>
    <name>Aead</name>
    <message>
        <source>The record failed authentication.</source>
        <translation>Запись не прошла проверку подлинности.</translation>
    </message>
    <message>
        <source>The record key is %1 bytes long; it must be %2 bytes.</source>
        <translation>Длина ключа записи — %1 байт, а должна быть %2 байт.</translation>
    </message>
    <message>
        <source>The nonce is %1 bytes long; it must be %2 bytes.</source>
        <translation>Длина одноразового числа (nonce) — %1 байт, а должна быть %2 байт.</translation>
    </message>
    <message>
        <source>AES-256-GCM encryption failed.</source>
        <translation>Не удалось зашифровать данные AES-256-GCM.</translation>
    </message>
</context>
<context>
    <name>Argon2Kdf</name>
    <message>
        <source>The Argon2 memory cost must be %1 to %2 KiB (19 MiB to 1 GiB); it is %3 KiB.</source>
        <translation>Объём памяти для Argon2 должен быть от %1 до %2 КиБ (от 19 МиБ до 1 ГиБ), а задано %3 КиБ.</translation>
    </message>
    <message>
        <source>The number of Argon2 passes must be %1 to %2; it is %3.</source>
        <translation>Число проходов Argon2 должно быть от %1 до %2, а задано %3.</translation>
    </message>
    <message>
        <source>The number of Argon2 lanes must be %1 to %2; it is %3.</source>
        <translation>Число потоков Argon2 должно быть от %1 до %2, а задано %3.</translation>
    </message>
    <message>
        <source>The Argon2 salt must be %1 bytes long; it is %2 bytes.</source>
        <translation>Длина соли Argon2 должна быть %1 байт, а она %2 байт.</translation>
    </message>
    <message>
        <source>The master password is empty.</source>
        <translation>Мастер-пароль пуст.</translation>
    </message>
    <message>
        <source>The key could not be derived from the master password (Argon2: %1). Close other programs to free memory and try again.</source>
        <translation>Не удалось получить ключ из мастер-пароля (Argon2: %1). Закройте другие программы, чтобы освободить память, и попробуйте снова.</translation>
    </message>
    <message>
        <source>The key could not be derived from the master password (Argon2: %1).</source>
        <translation>Не удалось получить ключ из мастер-пароля (Argon2: %1).</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>The audit log could not record this: %1</source>
        <translation>Не удалось записать это в журнал аудита: %1</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>№</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>ИСПОЛНИТЕЛЬ</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ДЕЙСТВИЕ</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>ПОДРОБНОСТИ</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2</source>
        <translation>Целостность журнала аудита нарушена на записи %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>Журнал аудита цел: проверена %n запись.</numerusform>
            <numerusform>Журнал аудита цел: проверены %n записи.</numerusform>
            <numerusform>Журнал аудита цел: проверено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 takes a date or a time in ISO 8601 form (2026-12-01 or 2026-12-01T10:00:00Z): &apos;%2&apos; is neither.</source>
        <translation>--%1 принимает дату или время в формате ISO 8601 (2026-12-01 или 2026-12-01T10:00:00Z), а «%2» — ни то ни другое.</translation>
    </message>
    <message>
        <source>Name the project once: as PROJECT or with --project.</source>
        <translation>Укажите проект один раз: как PROJECT или через --project.</translation>
    </message>
    <message>
        <source>--kind takes secret, variable, project or vault, not &apos;%1&apos;.</source>
        <translation>--kind принимает secret, variable, project или vault, а не «%1».</translation>
    </message>
    <message>
        <source>--until is before --since: the period holds no moment.</source>
        <translation>--until раньше --since: в такой период не попадает ни один момент.</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Show the entries of this project</source>
        <translation>Показывать записи этого проекта</translation>
    </message>
    <message>
        <source>Show the entries of this kind</source>
        <translation>Показывать записи этого типа</translation>
    </message>
    <message>
        <source>Show what this person did</source>
        <translation>Показывать действия этого пользователя</translation>
    </message>
    <message>
        <source>Show entries from this day on</source>
        <translation>Показывать записи начиная с этого дня</translation>
    </message>
    <message>
        <source>Show entries up to this day</source>
        <translation>Показывать записи до этого дня включительно</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Секреты</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Переменные</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>The vault</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>Every project</source>
        <translation>Все проекты</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>П&amp;роект:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Кто:</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 was replaced by a copy of entry %2.</source>
        <translation>Запись %1 заменена копией записи %2.</translation>
    </message>
    <message>
        <source>Entry %1 is a copy of entry %2 that was inserted into the log.</source>
        <translation>Запись %1 — копия записи %2, вставленная в журнал.</translation>
    </message>
    <message>
        <source>Entry %1 holds entry %2: the entries were reordered.</source>
        <translation>На месте записи %1 находится запись %2: порядок записей изменён.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: it was removed and the entries after it were renumbered.</source>
        <translation>Запись %1 отсутствует: её удалили, а последующие записи перенумеровали.</translation>
    </message>
    <message>
        <source>An entry the vault did not write was inserted at position %1.</source>
        <translation>В позицию %1 вставлена запись, которую хранилище не создавало.</translation>
    </message>
    <message>
        <source>Entry %1 was changed: it does not open under the vault&apos;s key.</source>
        <translation>Запись %1 изменена: она не расшифровывается ключом хранилища.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log goes from entry %2 to entry %3.</source>
        <translation>Запись %1 отсутствует: в журнале за записью %2 сразу идёт запись %3.</translation>
    </message>
    <message>
        <source>Entry %1 was changed: its MAC does not match the chain.</source>
        <translation>Запись %1 изменена: её MAC не соответствует цепочке.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: the log ends at entry %3, but the vault&apos;s header records %2 entries.</source>
        <translation>Записи с %1 по %2 отсутствуют: журнал заканчивается записью %3, а в заголовке хранилища указано записей: %2.</translation>
    </message>
    <message>
        <source>Entry %1 was added after the last entry the vault&apos;s header records (%2).</source>
        <translation>Запись %1 добавлена после последней записи, указанной в заголовке хранилища (%2).</translation>
    </message>
    <message>
        <source>The log is empty, but the vault&apos;s header is not the head of an empty log: entry 1 and the entries after it were removed.</source>
        <translation>Журнал пуст, но в заголовке хранилища записана вершина непустого журнала: запись 1 и все последующие записи удалены.</translation>
    </message>
    <message>
        <source>The head of the log in the vault&apos;s header does not match entry %1.</source>
        <translation>Вершина журнала, записанная в заголовке хранилища, не соответствует записи %1.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Фильтр журнала аудита</translation>
    </message>
    <message>
        <source>Filter by project, name, action or actor</source>
        <translation>Фильтр по проекту, имени, действию или исполнителю</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Записи журнала аудита</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>Проверить журнал аудита</translation>
    </message>
    <message>
        <source>Recompute the chain of the log and show whether an entry was edited, removed, reordered or inserted.</source>
        <translation>Пересчитать цепочку журнала и показать, была ли какая-либо запись изменена, удалена, переставлена или вставлена.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>(this entry cannot be read)</source>
        <translation>(эту запись не удаётся прочитать)</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>Журнал аудита цел: проверена %n запись.</numerusform>
            <numerusform>Журнал аудита цел: проверены %n записи.</numerusform>
            <numerusform>Журнал аудита цел: проверено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2</source>
        <translation>Целостность журнала аудита нарушена на записи %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Audit log started</source>
        <translation>Журнал аудита начат</translation>
    </message>
    <message>
        <source>Project added</source>
        <translation>Проект добавлен</translation>
    </message>
    <message>
        <source>Project renamed</source>
        <translation>Проект переименован</translation>
    </message>
    <message>
        <source>Project removed</source>
        <translation>Проект удалён</translation>
    </message>
    <message>
        <source>Source folder changed</source>
        <translation>Папка с кодом изменена</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Value replaced</source>
        <translation>Значение заменено</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Переименовано</translation>
    </message>
    <message>
        <source>Export flag changed</source>
        <translation>Изменён флаг экспорта</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Получено с платформы</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Развёрнут</translation>
    </message>
    <message>
        <source>Bound to a platform project</source>
        <translation>Привязан к проекту платформы</translation>
    </message>
    <message>
        <source>Platform binding removed</source>
        <translation>Привязка к платформе удалена</translation>
    </message>
    <message>
        <source>Master password changed</source>
        <translation>Мастер-пароль изменён</translation>
    </message>
    <message>
        <source>Master password changed and data key rotated</source>
        <translation>Мастер-пароль изменён, ключ данных заменён</translation>
    </message>
    <message>
        <source>Failed unlocks</source>
        <translation>Неудачные попытки разблокировки</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>Неизвестное действие</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>секрет</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>переменная</translation>
    </message>
    <message>
        <source>Rotation rule changed</source>
        <translation>Изменено правило ротации</translation>
    </message>
    <message>
        <source>Version restored</source>
        <translation>Версия восстановлена</translation>
    </message>
    <message>
        <source>Restored from recently deleted</source>
        <translation>Восстановлено из недавно удалённых</translation>
    </message>
    <message>
        <source>Purged from recently deleted</source>
        <translation>Удалено навсегда из недавно удалённых</translation>
    </message>
    <message>
        <source>Old values forgotten</source>
        <translation>Старые значения забыты</translation>
    </message>
    <message>
        <source>Project restored to a point in time</source>
        <translation>Проект восстановлен на момент времени</translation>
    </message>
    <message>
        <source>History retention changed</source>
        <translation>Изменён срок хранения истории</translation>
    </message>
    <message>
        <source>Scan finding ignored</source>
        <translation>Находка проверки помечена как игнорируемая</translation>
    </message>
    <message>
        <source>Scan finding no longer ignored</source>
        <translation>Находка проверки больше не игнорируется</translation>
    </message>
    <message>
        <source>Value rotated</source>
        <translation>Значение заменено при ротации</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>BotSource</name>
    <message>
        <source>%1 names a secret that BotVault cannot use. %2</source>
        <translation>%1: BotVault не может использовать это имя секрета. %2</translation>
    </message>
    <message>
        <source>%1 names a variable that BotVault cannot use. %2</source>
        <translation>%1: BotVault не может использовать это имя переменной. %2</translation>
    </message>
    <message>
        <source>%1 reads a secret by a computed name; BotVault cannot check it.</source>
        <translation>%1: секрет читается по вычисляемому имени; BotVault не может его проверить.</translation>
    </message>
    <message>
        <source>%1 reads a variable by a computed name; BotVault cannot check it.</source>
        <translation>%1: переменная читается по вычисляемому имени; BotVault не может её проверить.</translation>
    </message>
    <message>
        <source>%1 gives the secret %2 a value in the bot&apos;s code, where anyone who can read the code can read it. Remove the value from the code and keep it in BotVault only.</source>
        <translation>%1: секрету %2 задано значение прямо в коде бота, где его прочтёт любой, кто может читать код. Уберите значение из кода и храните его только в BotVault.</translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) not shown.</source>
        <translation>
            <numerusform>Не показано ещё %n предупреждение.</numerusform>
            <numerusform>Не показано ещё %n предупреждения.</numerusform>
            <numerusform>Не показано ещё %n предупреждений.</numerusform>
        </translation>
    </message>
    <message>
        <source>chatbot.yaml is not a YAML mapping, so it has no injector block to read names from.</source>
        <translation>chatbot.yaml — не YAML-словарь, поэтому в нём нет блока injector, из которого можно прочитать имена.</translation>
    </message>
    <message>
        <source>%1: the injector block is not a mapping; BotVault expects &apos;injector: {secrets: [...], variables: [...]}&apos;.</source>
        <translation>%1: блок injector — не словарь; BotVault ожидает «injector: {secrets: [...], variables: [...]}».</translation>
    </message>
    <message>
        <source>%1: %2 is neither a list nor a map of names; BotVault ignored it.</source>
        <translation>%1: %2 — не список и не словарь имён; BotVault пропустил его.</translation>
    </message>
    <message>
        <source>%1: an item of %2 is not a name; BotVault ignored it.</source>
        <translation>%1: элемент %2 — не имя; BotVault пропустил его.</translation>
    </message>
    <message>
        <source>chatbot.yaml is not valid YAML: fix the file and scan again. BotVault still looked for names in src/.</source>
        <translation>chatbot.yaml — некорректный YAML: исправьте файл и проверьте снова. Имена в src/ BotVault всё равно искал.</translation>
    </message>
    <message>
        <source>chatbot.yaml is not valid YAML at line %1, column %2: fix the file and scan again. BotVault still looked for names in src/.</source>
        <translation>chatbot.yaml — некорректный YAML в строке %1, столбце %2: исправьте файл и проверьте снова. Имена в src/ BotVault всё равно искал.</translation>
    </message>
    <message>
        <source>chatbot.yaml could not be read: fix the file and scan again. BotVault still looked for names in src/.</source>
        <translation>Не удалось прочитать chatbot.yaml: исправьте файл и проверьте снова. Имена в src/ BotVault всё равно искал.</translation>
    </message>
    <message>
        <source>%1 opens a comment that is never closed; BotVault did not scan the rest of the file.</source>
        <translation>%1: комментарий открыт и нигде не закрыт; остаток файла BotVault не проверял.</translation>
    </message>
    <message>
        <source>%1 opens a template string that is never closed; BotVault did not scan the rest of the file.</source>
        <translation>%1: шаблонная строка открыта и нигде не закрыта; остаток файла BotVault не проверял.</translation>
    </message>
    <message>
        <source>%1 is larger than %2; BotVault did not scan it.</source>
        <translation>%1 больше %2; BotVault его не проверял.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; BotVault did not scan it. Save it as UTF-8 to have it checked.</source>
        <translation>%1 — не текст в UTF-8; BotVault его не проверял. Сохраните файл в UTF-8, чтобы его проверить.</translation>
    </message>
    <message numerus="yes">
        <source>BotVault stopped reading the bot&apos;s files after %1; %n file(s) were not scanned.</source>
        <translation>
            <numerusform>BotVault прекратил чтение файлов бота после %1; не проверен %n файл.</numerusform>
            <numerusform>BotVault прекратил чтение файлов бота после %1; не проверено %n файла.</numerusform>
            <numerusform>BotVault прекратил чтение файлов бота после %1; не проверено %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a regular file; BotVault did not scan it.</source>
        <translation>%1 — не обычный файл; BotVault его не проверял.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is a link that leads outside the bot&apos;s folder; BotVault did not follow it.</source>
        <translation>%1 — ссылка, ведущая за пределы папки бота; BotVault по ней не переходил.</translation>
    </message>
    <message>
        <source>The bot has neither chatbot.yaml nor a src folder, so BotVault found no names it expects. Check that this is the bot&apos;s project folder.</source>
        <translation>У бота нет ни chatbot.yaml, ни папки src, поэтому BotVault не нашёл ожидаемых имён. Проверьте, что это папка проекта бота.</translation>
    </message>
    <message>
        <source>Scanning the bot&apos;s files failed unexpectedly; try again.</source>
        <translation>Проверка файлов бота неожиданно завершилась ошибкой; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The bot&apos;s folder %1 does not exist: choose the folder again.</source>
        <translation>Папки бота %1 не существует: выберите папку заново.</translation>
    </message>
    <message>
        <source>%1 is not a folder: choose the folder that holds the bot&apos;s chatbot.yaml and src folder.</source>
        <translation>%1 — не папка: выберите папку, в которой лежат chatbot.yaml и папка src бота.</translation>
    </message>
    <message>
        <source>The bot&apos;s folder %1 cannot be read: check its permissions and try again.</source>
        <translation>Не удалось прочитать папку бота %1: проверьте права доступа и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>%1 is not a path inside the bot&apos;s folder; BotVault did not scan it.</source>
        <translation>%1 — не путь внутри папки бота; BotVault его не проверял.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change master password</source>
        <translation>Сменить мастер-пароль</translation>
    </message>
    <message>
        <source>Choose the new master password of this vault. It cannot be recovered if you forget it.</source>
        <translation>Выберите новый мастер-пароль этого хранилища. Если вы его забудете, восстановить его будет невозможно.</translation>
    </message>
    <message>
        <source>&amp;New master password:</source>
        <translation>&amp;Новый мастер-пароль:</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>&amp;Повторите пароль:</translation>
    </message>
    <message>
        <source>&amp;Replace the data key and re-encrypt every record (recommended)</source>
        <translation>&amp;Заменить ключ данных и перешифровать все записи (рекомендуется)</translation>
    </message>
    <message>
        <source>A copy of the vault file made before the change, opened with the old password, then opens nothing written afterwards. Takes a moment for a large vault.</source>
        <translation>Тогда копия файла хранилища, сделанная до смены и открытая старым паролем, не откроет ничего, записанного после неё. Для большого хранилища займёт некоторое время.</translation>
    </message>
    <message>
        <source>Replace the data key and re-encrypt every record</source>
        <translation>Заменить ключ данных и перешифровать все записи</translation>
    </message>
    <message>
        <source>Without it, only the key that opens the records is re-encrypted: a copy of the old file still opens with the old password, including what you save later.</source>
        <translation>Без этого перешифровывается только ключ, открывающий записи: копия старого файла по-прежнему открывается старым паролем, включая то, что вы сохраните позже.</translation>
    </message>
    <message>
        <source>New master password</source>
        <translation>Новый мастер-пароль</translation>
    </message>
    <message>
        <source>Confirm new master password</source>
        <translation>Повторите новый мастер-пароль</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Сменить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>C&amp;urrent master password:</source>
        <translation>&amp;Текущий мастер-пароль:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Надёжность пароля</translation>
    </message>
    <message>
        <source>Current master password</source>
        <translation>Текущий мастер-пароль</translation>
    </message>
    <message>
        <source>The current master password is wrong; the master password was not changed.</source>
        <translation>Текущий мастер-пароль неверен; мастер-пароль не изменён.</translation>
    </message>
    <message>
        <source>Checking the current master password…</source>
        <translation>Проверка текущего мастер-пароля…</translation>
    </message>
</context>
<context>
    <name>ChannelCommands</name>
    <message>
        <source>Project %1 has no channel &apos;%2&apos; on the platform. Its channels: %3.</source>
        <translation>У проекта %1 на платформе нет канала «%2». Его каналы: %3.</translation>
    </message>
    <message>
        <source>The platform project %1 has no channels.</source>
        <translation>В проекте платформы %1 нет каналов.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ИД</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>DEPLOYED</source>
        <translation>РАЗВЁРНУТ</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>ОЖИДАЮТ</translation>
    </message>
    <message>
        <source>Pending in %1 until its next deploy:</source>
        <translation>В канале %1 до следующего развёртывания ожидают:</translation>
    </message>
    <message>
        <source>The platform did not describe the channel it created.</source>
        <translation>Платформа не сообщила данные созданного канала.</translation>
    </message>
    <message>
        <source>Give a CHANNEL or --all, not both.</source>
        <translation>Укажите CHANNEL или --all, но не оба сразу.</translation>
    </message>
    <message>
        <source>&apos;deploy&apos; needs a CHANNEL (an id or a name) or --all.</source>
        <translation>Для «deploy» нужен CHANNEL (идентификатор или имя) или --all.</translation>
    </message>
    <message>
        <source>The platform project %1 has no channels to deploy.</source>
        <translation>В проекте платформы %1 нет каналов для развёртывания.</translation>
    </message>
    <message>
        <source>Uploaded the bot script src/main.js (revision %1).</source>
        <translation>Скрипт бота src/main.js загружен (ревизия %1).</translation>
    </message>
    <message>
        <source>%1: FAILED (task %2): %3</source>
        <translation>%1: FAILED (задача %2): %3</translation>
    </message>
    <message>
        <source>%1, deploy %2 with 1 variable (task %3).</source>
        <translation>%1, развёртывание %2 с 1 переменной (задача %3).</translation>
    </message>
    <message>
        <source>%1, deploy %2 with %3 variables (task %4).</source>
        <translation>%1, развёртывание %2, переменных: %3 (задача %4).</translation>
    </message>
    <message>
        <source>Give an EXPRESSION or --message TEXT, not both.</source>
        <translation>Укажите EXPRESSION или --message TEXT, но не оба сразу.</translation>
    </message>
    <message>
        <source>&apos;eval&apos; needs an EXPRESSION or --message TEXT.</source>
        <translation>Для «eval» нужно EXPRESSION или --message TEXT.</translation>
    </message>
    <message>
        <source>The platform answered without the bot&apos;s reply.</source>
        <translation>Платформа ответила, но без ответа бота.</translation>
    </message>
    <message>
        <source>the bot ran with stand-ins such as ‹secret API_KEY› instead of secret values: only the secrets-admin role runs it with the real ones.</source>
        <translation>бот работал с заглушками вида ‹secret API_KEY› вместо значений секретов: с настоящими значениями его запускает только роль администратора секретов.</translation>
    </message>
    <message>
        <source>the bot ran with the real secret values.</source>
        <translation>бот работал с настоящими значениями секретов.</translation>
    </message>
    <message>
        <source>secret values in the reply are shown as ******.</source>
        <translation>значения секретов в ответе показаны как ******.</translation>
    </message>
    <message>
        <source>the reply was longer than the platform&apos;s limit and was cut.</source>
        <translation>ответ превысил предел платформы и был обрезан.</translation>
    </message>
    <message>
        <source>Project %1 is not bound to a platform project: bind it with &quot;%2&quot;.</source>
        <translation>Проект %1 не привязан к проекту на платформе: привяжите его командой «%2».</translation>
    </message>
    <message>
        <source>%1 channels are named &apos;%2&apos;; give the id of the one you mean (see &quot;%3&quot;).</source>
        <translation>Каналов с именем «%2»: %1; укажите идентификатор нужного (см. «%3»).</translation>
    </message>
    <message>
        <source>LAST DEPLOY</source>
        <translation>ПОСЛЕДНЕЕ РАЗВЁРТЫВАНИЕ</translation>
    </message>
    <message>
        <source>Secrets are live: once published, every channel reads the new value at once. Variables reach a channel only with its next deploy. Deploy the test widget first, check it with &quot;%1&quot;, then deploy the others (&quot;%2&quot;).</source>
        <translation>Секреты действуют сразу: после публикации все каналы тут же читают новое значение. Переменные попадают в канал только при его следующем развёртывании. Сначала разверните тестовый виджет, проверьте его командой «%1», затем разверните остальные каналы («%2»).</translation>
    </message>
    <message>
        <source>Added channel %1 to the platform project %2. Deploy it with &quot;%3&quot;.</source>
        <translation>Канал %1 добавлен в проект платформы %2. Разверните его командой «%3».</translation>
    </message>
    <message>
        <source>Check the test widget with &quot;%1&quot;, then deploy the other channels.</source>
        <translation>Проверьте тестовый виджет командой «%1», затем разверните остальные каналы.</translation>
    </message>
    <message>
        <source>The platform options are not valid.</source>
        <translation>Параметры платформы недопустимы.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>ИСПОЛНИТЕЛЬ</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ДЕЙСТВИЕ</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>ПОДРОБНОСТИ</translation>
    </message>
</context>
<context>
    <name>ChannelJob</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Операция отменена.</translation>
    </message>
    <message>
        <source>Reading the channels</source>
        <translation>Чтение каналов</translation>
    </message>
    <message>
        <source>Channels read</source>
        <translation>Каналы прочитаны</translation>
    </message>
    <message>
        <source>Reading the platform&apos;s audit log</source>
        <translation>Чтение журнала аудита платформы</translation>
    </message>
</context>
<context>
    <name>ChannelsController</name>
    <message>
        <source>no roles</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Your platform account %1 has the roles %2; deploying channels and talking to their bots needs SYSTEM_ADMIN or DEVELOPER.</source>
        <translation>Роли вашей учётной записи %1 на платформе: %2. Для развёртывания каналов и общения с их ботами нужна роль SYSTEM_ADMIN или DEVELOPER.</translation>
    </message>
    <message>
        <source>Talking to the platform…</source>
        <translation>Обмен данными с платформой…</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>channel #%1</source>
        <translation>канал №%1</translation>
    </message>
    <message>
        <source>Could not read the channels: %1</source>
        <translation>Не удалось прочитать каналы: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s), read at %1.</source>
        <translation>
            <numerusform>%n канал; данные получены в %1.</numerusform>
            <numerusform>%n канала; данные получены в %1.</numerusform>
            <numerusform>%n каналов; данные получены в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy all channels</source>
        <translation>Развернуть все каналы</translation>
    </message>
    <message>
        <source>Deploy the test widget first and check it?</source>
        <translation>Сначала развернуть и проверить тестовый виджет?</translation>
    </message>
    <message numerus="yes">
        <source>%n variable change(s) have not been deployed to the test widget yet. Deploying all channels now puts them in front of your users before you could check them.</source>
        <translation>
            <numerusform>%n изменение переменных ещё не развёрнуто в тестовом виджете. Если развернуть сейчас все каналы, пользователи увидят его раньше, чем вы успеете его проверить.</numerusform>
            <numerusform>%n изменения переменных ещё не развёрнуты в тестовом виджете. Если развернуть сейчас все каналы, пользователи увидят их раньше, чем вы успеете их проверить.</numerusform>
            <numerusform>%n изменений переменных ещё не развёрнуты в тестовом виджете. Если развернуть сейчас все каналы, пользователи увидят их раньше, чем вы успеете их проверить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy &amp;test widget only</source>
        <translation>Развернуть только &amp;тестовый виджет</translation>
    </message>
    <message>
        <source>Deploy &amp;all anyway</source>
        <translation>Всё равно развернуть &amp;все</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Развёртывание</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a channel</source>
        <translation>канал</translation>
    </message>
    <message numerus="yes">
        <source>Deployed %n channel(s); they now run the project&apos;s current variables.</source>
        <translation>
            <numerusform>Развёрнут %n канал; теперь он работает с текущими переменными проекта.</numerusform>
            <numerusform>Развёрнуто %n канала; теперь они работают с текущими переменными проекта.</numerusform>
            <numerusform>Развёрнуто %n каналов; теперь они работают с текущими переменными проекта.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deploy(s) failed; those channels keep running their previous deploy.</source>
        <translation>
            <numerusform>%n развёртывание завершилось ошибкой; соответствующие каналы продолжают работать на предыдущем развёртывании.</numerusform>
            <numerusform>%n развёртывания завершились ошибкой; соответствующие каналы продолжают работать на предыдущем развёртывании.</numerusform>
            <numerusform>%n развёртываний завершились ошибкой; соответствующие каналы продолжают работать на предыдущем развёртывании.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting for the deploy. The platform goes on deploying; Refresh shows how it ended.</source>
        <translation>Ожидание развёртывания прекращено. Платформа продолжает развёртывание; кнопка «Обновить» покажет, чем оно закончилось.</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Новый канал</translation>
    </message>
    <message>
        <source>Created the channel “%1”. Deploy it to give it the project&apos;s variables.</source>
        <translation>Канал «%1» создан. Разверните его, чтобы передать ему переменные проекта.</translation>
    </message>
    <message>
        <source>The platform refused the project&apos;s API token: it is wrong, expired or revoked. Choose Project → Change platform binding… and enter a new token.</source>
        <translation>Платформа отклонила токен API проекта: он неверен, просрочен или отозван. Выберите «Проект → Изменить привязку к платформе…» и введите новый токен.</translation>
    </message>
    <message>
        <source>The project is not bound to a platform project, or its API token is missing. Choose Project → Bind to platform project….</source>
        <translation>Проект не привязан к проекту платформы, или его токен API отсутствует. Выберите «Проект → Привязать к проекту платформы…».</translation>
    </message>
    <message>
        <source>The platform sent no reply.</source>
        <translation>Платформа не прислала ответ.</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Прекратить ожидание</translation>
    </message>
    <message>
        <source>Stop waiting for the deploy; the platform goes on deploying.</source>
        <translation>Прекратить ожидание развёртывания; платформа продолжит развёртывание.</translation>
    </message>
    <message>
        <source>Stopping… a deploy the platform accepted goes on there.</source>
        <translation>Остановка… развёртывание, уже принятое платформой, продолжится на ней.</translation>
    </message>
</context>
<context>
    <name>ChannelsPanel</name>
    <message>
        <source>B&amp;ind to platform project…</source>
        <translation>Привязать к проекту пла&amp;тформы…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;New channel…</source>
        <translation>&amp;Новый канал…</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Развернуть</translation>
    </message>
    <message>
        <source>Deploy &amp;all</source>
        <translation>Развернуть &amp;все</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Published secrets are live in every channel. Changed variables reach a channel only when you deploy it: deploy the test widget first, check it below, then deploy the other channels.</source>
        <translation>Опубликованные секреты сразу действуют во всех каналах. Изменённые переменные попадают в канал только при его развёртывании: сначала разверните тестовый виджет, проверьте его ниже, затем разверните остальные каналы.</translation>
    </message>
    <message>
        <source>How deploying works</source>
        <translation>Как работает развёртывание</translation>
    </message>
    <message>
        <source>This project is not bound to a platform project. Bind it first to see its channels and deploy them.</source>
        <translation>Этот проект не привязан к проекту платформы. Сначала привяжите его, чтобы видеть его каналы и развёртывать их.</translation>
    </message>
    <message>
        <source>Bind to platform project</source>
        <translation>Привязать к проекту платформы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Развёрнут</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Pending variables</source>
        <translation>Ожидающие переменные</translation>
    </message>
    <message>
        <source>Refresh the channels</source>
        <translation>Обновить список каналов</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Новый канал</translation>
    </message>
    <message>
        <source>Deploy the selected channels</source>
        <translation>Развернуть выбранные каналы</translation>
    </message>
    <message>
        <source>Deploy all channels</source>
        <translation>Развернуть все каналы</translation>
    </message>
    <message>
        <source>Test widget</source>
        <translation>Тестовый виджет</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Chat widget</source>
        <translation>Чат-виджет</translation>
    </message>
    <message>
        <source>Chat API</source>
        <translation>API чата</translation>
    </message>
    <message>
        <source>Not deployed</source>
        <translation>Не развёрнут</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>ранее</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлена</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменена</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалена</translation>
    </message>
    <message numerus="yes">
        <source>Deploying this channel changes %n variable(s):</source>
        <translation>
            <numerusform>Развёртывание этого канала изменит %n переменную:</numerusform>
            <numerusform>Развёртывание этого канала изменит %n переменные:</numerusform>
            <numerusform>Развёртывание этого канала изменит %n переменных:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The deploy failed (%1).</source>
        <translation>Развёртывание завершилось ошибкой (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Requested by %1 at %2 with %n variable(s).</source>
        <translation>
            <numerusform>Запрошено пользователем %1 в %2 с %n переменной.</numerusform>
            <numerusform>Запрошено пользователем %1 в %2 с %n переменными.</numerusform>
            <numerusform>Запрошено пользователем %1 в %2 с %n переменными.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%n to deploy</source>
        <translation>
            <numerusform>%n ожидает развёртывания</numerusform>
            <numerusform>%n ожидают развёртывания</numerusform>
            <numerusform>%n ожидают развёртывания</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a channel to the platform project.</source>
        <translation>Добавить канал в проект платформы.</translation>
    </message>
    <message>
        <source>Deploy the selected channels: they start reading the project&apos;s current variables.</source>
        <translation>Развернуть выбранные каналы: они начнут читать текущие переменные проекта.</translation>
    </message>
    <message>
        <source>Deploy every channel, the test widget first.</source>
        <translation>Развернуть все каналы, начиная с тестового виджета.</translation>
    </message>
    <message>
        <source>Read the channels and their pending variables from the platform again.</source>
        <translation>Заново прочитать с платформы каналы и их ожидающие переменные.</translation>
    </message>
    <message>
        <source>Show or hide how deploying works</source>
        <translation>Показать или скрыть описание того, как работает развёртывание</translation>
    </message>
</context>
<context>
    <name>ChildEnvironment</name>
    <message>
        <source>%1 cannot be passed as an environment variable: %2</source>
        <translation>%1 нельзя передать как переменную окружения: %2</translation>
    </message>
    <message>
        <source>The value of %1 contains a NUL character, which an environment variable cannot hold.</source>
        <translation>Значение %1 содержит символ NUL, а в переменной окружения такой символ храниться не может.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>&lt;damaged record #%1&gt;</source>
        <translation>&lt;повреждённая запись №%1&gt;</translation>
    </message>
    <message>
        <source>The value is larger than %1 KiB (%2 bytes).</source>
        <translation>Значение больше %1 КиБ (%2 байт).</translation>
    </message>
    <message>
        <source>Create a new vault (never overwrites one).</source>
        <translation>Создать новое хранилище (существующее никогда не перезаписывается).</translation>
    </message>
    <message>
        <source>Add a project.</source>
        <translation>Добавить проект.</translation>
    </message>
    <message>
        <source>List the projects.</source>
        <translation>Показать список проектов.</translation>
    </message>
    <message>
        <source>Rename a project.</source>
        <translation>Переименовать проект.</translation>
    </message>
    <message>
        <source>Remove a project with all its secrets and variables (no confirmation).</source>
        <translation>Удалить проект со всеми его секретами и переменными (без подтверждения).</translation>
    </message>
    <message>
        <source>Rename a secret.</source>
        <translation>Переименовать секрет.</translation>
    </message>
    <message>
        <source>Remove a secret.</source>
        <translation>Удалить секрет.</translation>
    </message>
    <message>
        <source>Add a variable or replace its value. --export / --no-export set &quot;include into project export&quot;; without either a new variable is not exported and an existing one keeps its flag.</source>
        <translation>Добавить переменную или заменить её значение. --export / --no-export задают «включать в экспорт проекта»; если не указано ни то ни другое, новая переменная не экспортируется, а у существующей флаг не меняется.</translation>
    </message>
    <message>
        <source>Print the variable&apos;s value exactly, followed by a newline.</source>
        <translation>Вывести значение переменной в точности как есть и перевод строки.</translation>
    </message>
    <message>
        <source>List the variables: name, value, in export, updated, updated by.</source>
        <translation>Показать список переменных: имя, значение, включена ли в экспорт, когда и кем изменена.</translation>
    </message>
    <message>
        <source>Rename a variable.</source>
        <translation>Переименовать переменную.</translation>
    </message>
    <message>
        <source>Remove a variable.</source>
        <translation>Удалить переменную.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>The option --vault needs a file name.</source>
        <translation>Для параметра --vault нужно имя файла.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2.</source>
        <translation>После «%1» нужна одна из команд: %2.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;; &apos;%1&apos; takes one of: %3.</source>
        <translation>Неизвестная команда «%1 %2»; после «%1» допустимы: %3.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &apos;%2&apos;.</source>
        <translation>Параметр --%1 неприменим к «%2».</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number, not &apos;%2&apos;.</source>
        <translation>Для параметра --%1 нужно целое число, а не «%2».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2 (usage: %3 %4).</source>
        <translation>Для «%1» нужно: %2 (использование: %3 %4).</translation>
    </message>
    <message>
        <source>&apos;secret set&apos; takes no value on the command line, where other users and the shell history could see it: pipe it on standard input or type it at the prompt.</source>
        <translation>«secret set» не принимает значение в командной строке, где его могут увидеть другие пользователи и история оболочки: передайте его на стандартный ввод или введите по запросу.</translation>
    </message>
    <message>
        <source>Too many arguments for &apos;%1&apos; (usage: %2 %3).</source>
        <translation>Слишком много аргументов для «%1» (использование: %2 %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n secret</source>
        <translation>
            <numerusform>%n секрет</numerusform>
            <numerusform>%n секрета</numerusform>
            <numerusform>%n секретов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets</source>
        <translation>
            <numerusform>%n секрет</numerusform>
            <numerusform>%n секрета</numerusform>
            <numerusform>%n секретов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable</source>
        <translation>
            <numerusform>%n переменная</numerusform>
            <numerusform>%n переменные</numerusform>
            <numerusform>%n переменных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variables</source>
        <translation>
            <numerusform>%n переменная</numerusform>
            <numerusform>%n переменные</numerusform>
            <numerusform>%n переменных</numerusform>
        </translation>
    </message>
    <message>
        <source>Bind the project to the folder with the bot&apos;s code (chatbot.yaml, src/ …), which &apos;export&apos; packs and &apos;check&apos; reads. DIR must be an existing folder; it is stored as an absolute path.</source>
        <translation>Привязать проект к папке с кодом бота (chatbot.yaml, src/ …), которую упаковывает «export» и читает «check». DIR — существующая папка; она сохраняется как абсолютный путь.</translation>
    </message>
    <message>
        <source>Forget the project&apos;s source folder; the folder itself is not touched.</source>
        <translation>Отвязать от проекта папку с кодом; сама папка не затрагивается.</translation>
    </message>
    <message>
        <source>Import the NAME=value lines of a .env FILE (&apos;-&apos; for standard input) as variables, or as secrets with --as-secrets. A file with any bad line imports nothing. Names that exist with another value need --replace or --keep.</source>
        <translation>Импортировать строки NAME=value из файла .env FILE («-» — стандартный ввод) как переменные или, с --as-secrets, как секреты. Если в файле есть хоть одна ошибочная строка, ничего не импортируется. Для имён, которые уже есть с другим значением, нужен --replace или --keep.</translation>
    </message>
    <message>
        <source>Write the project&apos;s variables, never its secrets, as a .env file to standard output or to FILE (created with mode 0600; an existing one is replaced only with --force).</source>
        <translation>Записать переменные проекта (но никогда не секреты) как файл .env на стандартный вывод или в FILE (создаётся с правами 0600; существующий заменяется только с --force).</translation>
    </message>
    <message>
        <source>Compare the names the bot&apos;s code expects with the project&apos;s secrets and variables: list the missing and the unused ones. Exit code 8 when any is missing.</source>
        <translation>Сравнить имена, которые ожидает код бота, с секретами и переменными проекта: показать недостающие и неиспользуемые. Код завершения 8, если чего-то не хватает.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;--&apos; before the command it runs, so that the command&apos;s own options are not taken for botvault-cli&apos;s (usage: %2 %3).</source>
        <translation>Для «%1» перед запускаемой командой нужен «--», чтобы её собственные параметры не были приняты за параметры botvault-cli (использование: %2 %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n name</source>
        <translation>
            <numerusform>%n имя</numerusform>
            <numerusform>%n имени</numerusform>
            <numerusform>%n имён</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n names</source>
        <translation>
            <numerusform>%n имя</numerusform>
            <numerusform>%n имени</numerusform>
            <numerusform>%n имён</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source file</source>
        <translation>
            <numerusform>%n исходный файл</numerusform>
            <numerusform>%n исходных файла</numerusform>
            <numerusform>%n исходных файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source files</source>
        <translation>
            <numerusform>%n исходный файл</numerusform>
            <numerusform>%n исходных файла</numerusform>
            <numerusform>%n исходных файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 байт</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>Не удалось прочитать стандартный ввод.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>Файл «%1» не существует.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a .env file.</source>
        <translation>«%1» — папка, а не файл .env.</translation>
    </message>
    <message>
        <source>Could not open the file &apos;%1&apos;: %2.</source>
        <translation>Не удалось открыть файл «%1»: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 MiB; a .env file is a few kilobytes.</source>
        <translation>«%1» больше %2 МиБ, а файл .env занимает несколько килобайт.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>Could not create &apos;%1&apos;: %2.</source>
        <translation>Не удалось создать «%1»: %2.</translation>
    </message>
    <message>
        <source>Could not restrict the permissions of &apos;%1&apos;: %2.</source>
        <translation>Не удалось ограничить права доступа к «%1»: %2.</translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;: %2.</source>
        <translation>Не удалось записать «%1»: %2.</translation>
    </message>
    <message>
        <source>the imported archive</source>
        <translation>импортированный архив</translation>
    </message>
    <message>
        <source>Show the project&apos;s platform URL, remote project, queued changes and unfinished batches; never the token.</source>
        <translation>Показать URL платформы, удалённый проект, изменения в очереди и незавершённые пакеты проекта; токен — никогда.</translation>
    </message>
    <message>
        <source>Forget the project&apos;s platform binding, its token and its queued changes.</source>
        <translation>Удалить привязку проекта к платформе, его токен и изменения в очереди.</translation>
    </message>
    <message>
        <source>Show the plan (secrets as names only) and send the project&apos;s changes to the platform. Conflicts need --keep-local or --take-remote; --delete-remote-only deletes what exists only on the platform. --dry-run shows the plan and sends nothing.</source>
        <translation>Показать план (секреты — только по именам) и отправить изменения проекта на платформу. Для конфликтов нужен --keep-local или --take-remote; --delete-remote-only удаляет то, что есть только на платформе. --dry-run показывает план и ничего не отправляет.</translation>
    </message>
    <message>
        <source>Bring the platform&apos;s variable changes into the project. Secret values never come back; secrets only on the platform are listed. Conflicts need --take-remote.</source>
        <translation>Перенести в проект изменения переменных с платформы. Значения секретов никогда не возвращаются; секреты, которые есть только на платформе, лишь перечисляются. Для конфликтов нужен --take-remote.</translation>
    </message>
    <message>
        <source>List the platform project&apos;s channels: id, type, name, when deployed, the last deploy&apos;s status and the variables pending in each (changed since its deploy).</source>
        <translation>Показать список каналов проекта платформы: идентификатор, тип, имя, время развёртывания, состояние последнего развёртывания и ожидающие переменные каждого канала (изменённые после его развёртывания).</translation>
    </message>
    <message>
        <source>Add a channel of TYPE (CHAT_WIDGET, TELEGRAM, CHAT_API, …) named NAME to the platform project. Every project has its TEST_WIDGET channel already.</source>
        <translation>Добавить в проект платформы канал типа TYPE (CHAT_WIDGET, TELEGRAM, CHAT_API, …) с именем NAME. Канал TEST_WIDGET уже есть в каждом проекте.</translation>
    </message>
    <message>
        <source>Deploy the project&apos;s variables (and src/main.js of the source folder, when it changed) to CHANNEL, an id or a name, or with --all to every channel, the test widget first. Waits for each deploy; exit code 1 when one failed.</source>
        <translation>Развернуть переменные проекта (и src/main.js из папки с кодом, если он изменился) в канале CHANNEL — по идентификатору или имени — или, с --all, во всех каналах, начиная с тестового виджета. Ждёт завершения каждого развёртывания; код завершения 1, если какое-либо из них завершилось ошибкой.</translation>
    </message>
    <message>
        <source>Run EXPRESSION (or, with --message TEXT, the bot&apos;s onMessage) in CHANNEL and print the reply with every secret value masked. Exit code 11 when the bot throws an error.</source>
        <translation>Выполнить EXPRESSION (или, с --message TEXT, обработчик onMessage бота) в канале CHANNEL и вывести ответ, скрыв все значения секретов. Код завершения 11, если бот выбросил ошибку.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>deploy %1</source>
        <translation>развёртывание %1</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 изменение</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>изменений: %1</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 элемент</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>элементов: %1</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>секрет</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>переменная</translation>
    </message>
    <message>
        <source>(value hidden)</source>
        <translation>(значение скрыто)</translation>
    </message>
    <message>
        <source>(replaced on the platform by %1 at %2; the value in this vault may be out of date)</source>
        <translation>(заменён на платформе пользователем %1 в %2; значение в этом хранилище может быть устаревшим)</translation>
    </message>
    <message>
        <source>(will be deleted on the platform)</source>
        <translation>(удаление на платформе)</translation>
    </message>
    <message>
        <source>(value hidden; kept on the platform)</source>
        <translation>(значение скрыто; остаётся на платформе)</translation>
    </message>
    <message>
        <source>(kept on the platform)</source>
        <translation>(остаётся на платформе)</translation>
    </message>
    <message>
        <source>here: %1 (changed by %2 at %3)</source>
        <translation>здесь: %1 (изменено пользователем %2 в %3)</translation>
    </message>
    <message>
        <source>here: deleted (by %1 at %2)</source>
        <translation>здесь: удалено (пользователем %1 в %2)</translation>
    </message>
    <message>
        <source>on the platform: %1 (revision %2 by %3 at %4)</source>
        <translation>на платформе: %1 (ревизия %2, изменено пользователем %3 в %4)</translation>
    </message>
    <message>
        <source>on the platform: deleted</source>
        <translation>на платформе: удалено</translation>
    </message>
    <message>
        <source>choice: keep this vault&apos;s side</source>
        <translation>выбор: оставить версию этого хранилища</translation>
    </message>
    <message>
        <source>choice: take the platform&apos;s side</source>
        <translation>выбор: взять версию платформы</translation>
    </message>
    <message>
        <source>choice: none yet</source>
        <translation>выбор: пока не сделан</translation>
    </message>
    <message>
        <source>(sent by an earlier publish whose answer was lost: sent again first, with its key)</source>
        <translation>(отправлено прошлой публикацией, ответ на которую потерян: отправляется повторно первым, с тем же ключом)</translation>
    </message>
    <message>
        <source>Run COMMAND with the project&apos;s variables and secrets added to the environment. Names that change how programs start (LD_PRELOAD, BASH_ENV, NODE_OPTIONS, PATH …) are left out unless named with --allow NAME (repeatable). The vault is locked before the command starts; its signals and exit status are its own.</source>
        <translation>Запустить COMMAND, добавив в окружение переменные и секреты проекта. Имена, которые меняют запуск программ (LD_PRELOAD, BASH_ENV, NODE_OPTIONS, PATH …), не передаются, если не указаны в --allow NAME (можно повторять). Хранилище блокируется до запуска команды; сигналы и код завершения — её собственные.</translation>
    </message>
    <message>
        <source>Change the master password. With --rotate-key also replace the data key and re-encrypt every record under the new one, so that a copy of the old vault file with the old password opens nothing written afterwards.</source>
        <translation>Сменить мастер-пароль. С --rotate-key также заменить ключ данных и перешифровать под новым ключом каждую запись, чтобы копия старого файла хранилища со старым паролем не открывала ничего, записанного после смены.</translation>
    </message>
    <message>
        <source>The option --roles needs one or more of SYSTEM_ADMIN, SECURITY_ADMIN, DEVELOPER and VIEWER, separated by commas, not &apos;%1&apos;.</source>
        <translation>Для параметра --roles нужна одна или несколько ролей из SYSTEM_ADMIN, SECURITY_ADMIN, DEVELOPER и VIEWER через запятую, а не «%1».</translation>
    </message>
    <message>
        <source>List the vault&apos;s audit log, oldest first: who did what to which project and name, never a value. PROJECT keeps that project&apos;s entries; --since keeps entries from that date or time on.</source>
        <translation>Вывести журнал аудита хранилища, начиная с самых старых записей: кто что сделал с каким проектом и именем, — но никогда не значения. PROJECT оставляет только записи этого проекта; --since — записи начиная с указанной даты или времени.</translation>
    </message>
    <message>
        <source>Recompute the audit log&apos;s chain of MACs and say where it breaks: an entry edited, removed, reordered or inserted, or the last entries cut off.</source>
        <translation>Пересчитать цепочку MAC журнала аудита и сообщить, где она нарушена: запись изменена, удалена, переставлена или вставлена либо последние записи отрезаны.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>Read the new master password from FILE instead of asking twice.</source>
        <translation>Прочитать новый мастер-пароль из FILE, а не запрашивать его дважды.</translation>
    </message>
    <message>
        <source>Argon2id memory in MiB, 19 to 1024 (default 64).</source>
        <translation>Объём памяти Argon2id в МиБ, от 19 до 1024 (по умолчанию 64).</translation>
    </message>
    <message>
        <source>Argon2id passes, 2 to 100 (default 3).</source>
        <translation>Число проходов Argon2id, от 2 до 100 (по умолчанию 3).</translation>
    </message>
    <message>
        <source>Also replace the data key and re-encrypt every record.</source>
        <translation>Также заменить ключ данных и перешифровать все записи.</translation>
    </message>
    <message>
        <source>Include the variable in the project export.</source>
        <translation>Включить переменную в экспорт проекта.</translation>
    </message>
    <message>
        <source>Leave the variable out of the project export.</source>
        <translation>Не включать переменную в экспорт проекта.</translation>
    </message>
    <message>
        <source>Replace FILE when it exists.</source>
        <translation>Заменить FILE, если он существует.</translation>
    </message>
    <message>
        <source>Merge into this existing project.</source>
        <translation>Объединить с этим существующим проектом.</translation>
    </message>
    <message>
        <source>A new or empty folder for the archive&apos;s source files.</source>
        <translation>Новая или пустая папка для исходных файлов из архива.</translation>
    </message>
    <message>
        <source>On a conflict, take the incoming value.</source>
        <translation>При конфликте взять входящее значение.</translation>
    </message>
    <message>
        <source>On a conflict, keep the project&apos;s value.</source>
        <translation>При конфликте оставить значение проекта.</translation>
    </message>
    <message>
        <source>Print the plan and write or send nothing.</source>
        <translation>Вывести план, ничего не записывая и не отправляя.</translation>
    </message>
    <message>
        <source>Import every line as a secret.</source>
        <translation>Импортировать каждую строку как секрет.</translation>
    </message>
    <message>
        <source>The platform project&apos;s id.</source>
        <translation>Идентификатор проекта на платформе.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Также доверять центрам сертификации из этого файла PEM.</translation>
    </message>
    <message>
        <source>End a request that moves no data for this long (default 30).</source>
        <translation>Прерывать запрос, по которому столько времени не передаются данные (по умолчанию 30).</translation>
    </message>
    <message>
        <source>On a conflict, send this vault&apos;s side over the platform&apos;s.</source>
        <translation>При конфликте отправить версию из этого хранилища поверх версии платформы.</translation>
    </message>
    <message>
        <source>On a conflict, take the platform&apos;s value.</source>
        <translation>При конфликте взять значение с платформы.</translation>
    </message>
    <message>
        <source>Delete the items that exist only on the platform.</source>
        <translation>Удалить элементы, которые есть только на платформе.</translation>
    </message>
    <message>
        <source>Run the bot&apos;s onMessage(TEXT) instead.</source>
        <translation>Вместо этого вызвать onMessage(TEXT) бота.</translation>
    </message>
    <message>
        <source>Pass this start-up variable too (repeatable).</source>
        <translation>Передать также эту стартовую переменную (можно повторять).</translation>
    </message>
    <message>
        <source>Bind the project to the platform project --remote-project ID at URL (https, or http to 127.0.0.1). The API token comes from standard input or, at a terminal, is typed without echo. The token and the project are checked with the platform first (a project the token cannot see is refused); then the token is kept encrypted in the vault.</source>
        <translation>Привязать проект к проекту платформы --remote-project ID по адресу URL (https или http для 127.0.0.1). Токен API читается со стандартного ввода или, в терминале, вводится без отображения. Сначала токен и проект проверяются на платформе (проект, который токен не видит, отклоняется), затем токен хранится в хранилище в зашифрованном виде.</translation>
    </message>
    <message>
        <source>1 batch</source>
        <translation>1 пакет</translation>
    </message>
    <message>
        <source>%1 batches</source>
        <translation>пакетов: %1</translation>
    </message>
    <message>
        <source>Write the project to a ZIP archive: the source folder&apos;s files, the variables marked for export and the names of the secrets, never their values. An existing FILE is replaced only with --force. A source folder with hard-coded credentials (see &apos;scan&apos;) is refused unless --allow-findings is given.</source>
        <translation>Записать проект в ZIP-архив: файлы из папки с кодом, переменные, отмеченные для экспорта, и имена секретов — но никогда их значения. Существующий FILE заменяется только с --force. Если в папке с кодом есть записанные в коде учётные данные (см. «scan»), экспорт выполняется только с --allow-findings.</translation>
    </message>
    <message>
        <source>The same as &apos;audit list&apos;: the entries of one project, of one kind (secret, variable, project, vault), by one actor, in a period.</source>
        <translation>То же, что &apos;audit list&apos;: записи одного проекта, одного типа (secret, variable, project, vault), одного исполнителя, за период.</translation>
    </message>
    <message>
        <source>List the platform project&apos;s own audit log, newest first: who wrote which secret, variable, channel or bot script and who deployed, never a value. Needs the project&apos;s admin role on the platform; --since keeps entries from that date or time on.</source>
        <translation>Вывести собственный журнал аудита проекта платформы, начиная с самых новых записей: кто записал какой секрет, переменную, канал или скрипт бота и кто выполнил развёртывание, — но никогда не значения. Нужна роль администратора проекта на платформе; --since оставляет записи начиная с указанной даты или времени.</translation>
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
        <translation>Использование: botvault-cli [--vault FILE] [--password-file FILE] [--json] COMMAND [ARGUMENTS]

Хранит секреты и переменные проектов ботов в зашифрованном локальном хранилище.

Команды:
%1
Параметры (в любом месте строки):
  --vault FILE            Файл хранилища. По умолчанию: %2
  --password-file FILE    Прочитать мастер-пароль из FILE (один завершающий перевод
                          строки отбрасывается).
  --json                  Выводить в формате JSON списки, результаты &apos;var get&apos;, &apos;export&apos;,
                          &apos;check&apos;, &apos;remote show&apos;, план и итоги &apos;publish&apos; и &apos;pull&apos;, а также
                          &apos;channels&apos;, &apos;channel add&apos;, &apos;deploy&apos; и &apos;eval&apos;.
  --roles LIST            Действовать только с этими ролями (SYSTEM_ADMIN, SECURITY_ADMIN,
                          DEVELOPER, VIEWER; через запятую), например чтобы сценарий не мог
                          менять или удалять секреты. По умолчанию: все роли (владелец хранилища).
  --help, -h              Показать эту справку; после команды или группы (var --help,
                          var set --help) — только её справку, с примером.
  --version               Показать версию.
  --                      Конец параметров: VALUE, начинающееся с &apos;-&apos;, ставится после
                          него, как и COMMAND для &apos;run&apos;.

Мастер-пароль берётся из --password-file, иначе из переменной окружения
BOTVAULT_PASSWORD, иначе запрашивается в терминале без отображения ввода.
Имена секретов и переменных: латинские буквы, цифры и подчёркивания, от 1 до 128 символов.
&apos;remote set&apos;, &apos;publish&apos;, &apos;pull&apos; и команды каналов доверяют системным центрам сертификации,
а с --ca-file PEM — также сертификатам из файла PEM; --timeout SECONDS (по умолчанию 30)
прерывает запрос, по которому столько времени не передаются данные.
BOTVAULT_SYNC_BACKOFF_SCALE умножает каждую паузу перед повтором; только для тестов.

Коды завершения:
  0  успех
  1  сбой: ошибка файловой системы, базы данных или внутренняя ошибка
  2  использование: неверная командная строка или мастер-пароль получить неоткуда
  3  неверные данные: недопустимое имя или значение, значение больше 64 КиБ, имя уже занято
  4  не найдено: файл хранилища, проект, секрет или переменная
  5  неверный мастер-пароль
  6  повреждено хранилище или запись (в списках остальные записи всё равно показываются)
  7  доступ запрещён
  8  &apos;check&apos;: бот ожидает имена, которых нет в проекте
  9  &apos;publish&apos;, &apos;pull&apos;: конфликт с платформой; выберите сторону
  10  не удалось связаться с платформой, её сертификат отклонён или она ответила некорректно
  11  &apos;eval&apos;: бот выбросил ошибку (нет секрета или переменной, истекло время ожидания, ...)
  12  &apos;publish&apos;, &apos;pull&apos;: уже выполняется другая публикация или получение изменений проекта
  13  &apos;scan&apos;, &apos;export&apos;: в папке с кодом бота есть учётные данные, записанные в коде
  14  &apos;audit verify&apos;: цепочка журнала аудита нарушена
  15  &apos;secret list --due&apos;: ротация секрета просрочена
  126  &apos;run&apos;: команду не удалось запустить (она не исполняемая)
  127  &apos;run&apos;: команда не найдена
В остальных случаях &apos;run&apos; завершается с кодом самой команды.
</translation>
    </message>
    <message>
        <source>The option --version takes no value here; &apos;restore&apos; takes one.</source>
        <translation>Здесь параметр --version не принимает значения (значение он принимает только в &apos;restore&apos;).</translation>
    </message>
    <message>
        <source>Name the new project (import) or the new secret (scan --move) NAME.</source>
        <translation>Дать новому проекту (import) или новому секрету (scan --move) имя NAME.</translation>
    </message>
    <message>
        <source>Ignore the finding with this id, saying why with --reason.</source>
        <translation>Игнорировать находку с этим идентификатором, указав причину в --reason.</translation>
    </message>
    <message>
        <source>Report the finding with this id again.</source>
        <translation>Снова сообщать о находке с этим идентификатором.</translation>
    </message>
    <message>
        <source>Why the finding is not a credential.</source>
        <translation>Почему находка не является учётными данными.</translation>
    </message>
    <message>
        <source>Store the finding&apos;s value as the secret --name and read it with $secrets.get in the code.</source>
        <translation>Сохранить значение находки как секрет --name и читать его в коде через $secrets.get.</translation>
    </message>
    <message>
        <source>Write the change without asking.</source>
        <translation>Записать изменение без подтверждения.</translation>
    </message>
    <message>
        <source>Import the variables and secret names only; extract no files.</source>
        <translation>Импортировать только переменные и имена секретов; файлы не распаковывать.</translation>
    </message>
    <message>
        <source>With --into, extract the files but keep the project&apos;s folder.</source>
        <translation>С --into распаковать файлы, но оставить проекту его собственную папку с кодом.</translation>
    </message>
    <message>
        <source>deploy: every channel, the test widget first; scan: list ignored findings too.</source>
        <translation>deploy: все каналы, начиная с тестового виджета; scan: показать и игнорируемые находки.</translation>
    </message>
    <message>
        <source>The value is due for rotation DAYS after it was last replaced.</source>
        <translation>Значение пора сменить через DAYS дней после последней замены.</translation>
    </message>
    <message>
        <source>The value is due by DATE (YYYY-MM-DD, after today).</source>
        <translation>Значение пора сменить до DATE (YYYY-MM-DD, позже сегодняшнего дня).</translation>
    </message>
    <message>
        <source>Clear the rotation period or expiry date.</source>
        <translation>Убрать период ротации или дату истечения срока.</translation>
    </message>
    <message>
        <source>Only the secrets due within 14 days or overdue; exit code 15 when one is overdue.</source>
        <translation>Только секреты, которые пора сменить в ближайшие 14 дней или ротация которых просрочена; код завершения 15, если хотя бы один просрочен.</translation>
    </message>
    <message>
        <source>Publish the project at once and list the channels the value reaches.</source>
        <translation>Сразу опубликовать проект и показать каналы, до которых дойдёт значение.</translation>
    </message>
    <message>
        <source>Only the entries of this project.</source>
        <translation>Только записи этого проекта.</translation>
    </message>
    <message>
        <source>Only entries about a secret, a variable, a project as a whole or the vault itself.</source>
        <translation>Только записи о секрете, переменной, проекте в целом или о самом хранилище.</translation>
    </message>
    <message>
        <source>Only what this actor did.</source>
        <translation>Только действия этого исполнителя.</translation>
    </message>
    <message>
        <source>From this date (UTC) or ISO 8601 date and time on.</source>
        <translation>Начиная с этой даты (UTC) или с этих даты и времени в формате ISO 8601.</translation>
    </message>
    <message>
        <source>NAME is a secret (without it, a variable).</source>
        <translation>NAME — секрет (без этого параметра — переменная).</translation>
    </message>
    <message>
        <source>The version to restore, as &apos;history&apos; numbers it.</source>
        <translation>Версия для восстановления, в нумерации &apos;history&apos;.</translation>
    </message>
    <message>
        <source>Restore under this name instead (when the old one is taken).</source>
        <translation>Восстановить под этим именем (если прежнее занято).</translation>
    </message>
    <message>
        <source>The moment: an ISO 8601 date (midnight UTC) or date and time.</source>
        <translation>Момент времени: дата в формате ISO 8601 (полночь UTC) или дата и время.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Не запрашивать подтверждение.</translation>
    </message>
    <message>
        <source>Up to the end of this date (UTC) or up to this date and time.</source>
        <translation>До конца этой даты (UTC) или до этих даты и времени.</translation>
    </message>
    <message>
        <source>List the versions of a variable (or, with --secret, of a secret), oldest first: when, who, where the change came from and what it did. A variable&apos;s versions show their values; a secret&apos;s never do.</source>
        <translation>Показать версии переменной (или, с --secret, секрета), начиная с самых старых: когда, кто, откуда пришло изменение и что оно сделало. Версии переменной показываются со значениями, версии секрета — никогда.</translation>
    </message>
    <message>
        <source>Make version N of the variable (or secret) its current state again, as a new version. When the version&apos;s name is now another item&apos;s, --as NEW_NAME restores it under a free name.</source>
        <translation>Снова сделать версию N переменной (или секрета) её текущим состоянием — в виде новой версии. Если имя этой версии теперь занято другим элементом, --as NEW_NAME восстанавливает её под свободным именем.</translation>
    </message>
    <message>
        <source>Destroy every old value of the secret for good (a leaked key), after asking; its current value stays, and its versions stay listed without a value.</source>
        <translation>Безвозвратно уничтожить все старые значения секрета (например, после утечки ключа), предварительно спросив подтверждение; текущее значение остаётся, а версии по-прежнему перечисляются, но без значений.</translation>
    </message>
    <message>
        <source>Show the project as it was at TIME: its secrets&apos; names (never a value) and its variables&apos; names, values and export flags.</source>
        <translation>Показать проект таким, каким он был в момент TIME: имена секретов (но никогда не значения), а также имена, значения и флаги экспорта переменных.</translation>
    </message>
    <message>
        <source>Make the project what it was at TIME, in one step: lists the items it would add back, change and remove, asks, then changes them as ordinary changes (each keeps a version).</source>
        <translation>Одним шагом вернуть проект к состоянию на момент TIME: показывает элементы, которые будут возвращены, изменены и удалены, запрашивает подтверждение, затем вносит изменения как обычные (для каждого сохраняется версия).</translation>
    </message>
    <message>
        <source>Look for hard-coded credentials (API keys, bot tokens, private keys, passwords in URLs) in the project&apos;s source folder, comments included: list each place with its kind, a few leading characters (never the value) and its id. Exit code 13 when any is found that is not ignored. A line marked &apos;botvault:ignore REASON&apos; (or the line after it) is not reported. --ignore ID --reason TEXT ignores a finding in the vault; --move ID --name NAME stores its value as a secret and rewrites the line to read it with $secrets.get, after showing the change.</source>
        <translation>Найти в папке с кодом проекта, включая комментарии, записанные в коде учётные данные (ключи API, токены ботов, закрытые ключи, пароли в URL): вывести каждое место с типом, несколькими первыми символами (но никогда не самим значением) и идентификатором. Код завершения 13, если найдено что-либо не игнорируемое. О строке, помеченной &apos;botvault:ignore REASON&apos; (или о строке после такой пометки), не сообщается. --ignore ID --reason TEXT игнорирует находку в хранилище; --move ID --name NAME сохраняет её значение как секрет и, показав изменение, переписывает строку так, чтобы она читала его через $secrets.get.</translation>
    </message>
    <message>
        <source>Add a secret or replace its value. The value comes from standard input (one trailing line ending removed) or, at a terminal, is typed without echo; never from the command line. --rotate-every DAYS or --expires DATE (YYYY-MM-DD) sets when the value is due for rotation, --no-rotation clears it; for an existing secret these change only the rule, not the value.</source>
        <translation>Добавить секрет или заменить его значение. Значение читается со стандартного ввода (один завершающий перевод строки отбрасывается) или, в терминале, вводится без отображения; из командной строки — никогда. --rotate-every DAYS или --expires DATE (YYYY-MM-DD) задаёт, когда значение пора сменить, --no-rotation убирает это правило; для существующего секрета эти параметры меняют только правило, а не значение.</translation>
    </message>
    <message>
        <source>List the secrets: name, updated, updated by, age, rotation rule, due date and state. Values are never shown. With --due only the secrets due within 14 days or overdue; exit code 15 when one is overdue.</source>
        <translation>Показать список секретов: имя, когда и кем изменён, возраст, правило ротации, срок смены и состояние. Значения никогда не показываются. С --due — только секреты, которые пора сменить в ближайшие 14 дней или ротация которых просрочена; код завершения 15, если хотя бы один просрочен.</translation>
    </message>
    <message>
        <source>Replace the value of an existing secret (read like &apos;secret set&apos;) and restart its age. With --publish, publish the project at once and list the channels that read the new value: a secret reaches every channel without a deploy.</source>
        <translation>Заменить значение существующего секрета (оно читается так же, как в &apos;secret set&apos;) и начать отсчёт его возраста заново. С --publish — сразу опубликовать проект и показать каналы, которые читают новое значение: секрет доходит до всех каналов без развёртывания.</translation>
    </message>
    <message>
        <source>&apos;secret rotate&apos; takes no value on the command line, where other users and the shell history could see it: pipe it on standard input or type it at the prompt.</source>
        <translation>&apos;secret rotate&apos; не принимает значение в командной строке, где его могут увидеть другие пользователи и история оболочки: передайте его на стандартный ввод или введите по запросу.</translation>
    </message>
    <message>
        <source>Import a project archive as a new project (named as in the archive, or --name) or into an existing one (--into). The source files go to --source-dir, a new or empty folder, which the project is then bound to (--keep-binding keeps an --into project&apos;s own folder); --no-source imports only the variables and secret names. Variables that differ need --replace or --keep. --dry-run shows the plan and writes nothing.</source>
        <translation>Импортировать архив проекта как новый проект (с именем из архива или из --name) или в существующий (--into). Исходные файлы попадают в --source-dir — новую или пустую папку, к которой затем привязывается проект (--keep-binding оставляет проекту из --into его собственную папку); --no-source импортирует только переменные и имена секретов. Для переменных с другими значениями нужен --replace или --keep. --dry-run показывает план и ничего не записывает.</translation>
    </message>
    <message>
        <source>List the recently deleted secrets, variables and projects, newest first, with the ID that restore and purge take and when each is purged on its own. PROJECT keeps that project&apos;s.</source>
        <translation>Показать недавно удалённые секреты, переменные и проекты, начиная с самых новых, с ID для restore и purge и временем, когда каждый из них будет удалён навсегда автоматически. PROJECT оставляет только элементы этого проекта.</translation>
    </message>
    <message>
        <source>Bring entry ID back exactly: values, flags and versions (a project with all its items). When its name is taken, --as NEW_NAME restores it under another.</source>
        <translation>Вернуть запись ID в точности как была: значения, флаги и версии (проект — со всеми его элементами). Если её имя занято, --as NEW_NAME восстанавливает её под другим именем.</translation>
    </message>
    <message>
        <source>Destroy entry ID and its versions for good, after asking.</source>
        <translation>Безвозвратно уничтожить запись ID и её версии, предварительно спросив подтверждение.</translation>
    </message>
    <message>
        <source>(rotation rule changed: %1; the value is unchanged)</source>
        <translation>(изменено правило ротации: %1; значение не изменилось)</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>There is no vault at &apos;%1&apos;: create one with &apos;botvault-cli init&apos; or name another with --vault FILE.</source>
        <translation>Хранилища «%1» нет: создайте его командой «botvault-cli init» или укажите другое через --vault ФАЙЛ.</translation>
    </message>
    <message>
        <source>Master password: </source>
        <translation>Мастер-пароль: </translation>
    </message>
    <message>
        <source>No master password given and no terminal to ask for it: use --password-file FILE or set the environment variable BOTVAULT_PASSWORD.</source>
        <translation>Мастер-пароль не указан, и запросить его негде (нет терминала): используйте --password-file ФАЙЛ или задайте переменную окружения BOTVAULT_PASSWORD.</translation>
    </message>
    <message>
        <source>Repeat the master password: </source>
        <translation>Повторите мастер-пароль: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Пароли не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; is damaged and cannot be read.</source>
        <translation>Проект «%1» повреждён, и его нельзя прочитать.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder; give the name of the file to write.</source>
        <translation>«%1» — папка; укажите имя файла для записи.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; give --force to replace it.</source>
        <translation>«%1» уже существует; чтобы заменить его, укажите --force.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist; create it first.</source>
        <translation>Папки «%1» не существует; сначала создайте её.</translation>
    </message>
    <message>
        <source>Give --replace or --keep, not both.</source>
        <translation>Укажите --replace или --keep, но не оба сразу.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>примечание: %1</translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>Команда завершилась с ошибкой.</translation>
    </message>
    <message>
        <source>%1 Run &apos;botvault-cli --help&apos; for usage.</source>
        <translation>%1 Справка по использованию: «botvault-cli --help».</translation>
    </message>
    <message>
        <source>Damaged records could not be read (%1); the others are shown. Restore the vault from a backup to recover them.</source>
        <translation>Повреждённые записи прочитать не удалось (%1); показаны остальные. Чтобы вернуть их, восстановите хранилище из резервной копии.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged record(s) could not be upgraded to the new record format; they were left as they are and are reported as damaged.</source>
        <translation>
            <numerusform>%n повреждённую запись не удалось перевести в новый формат записей; она оставлена как есть и показывается как повреждённая.</numerusform>
            <numerusform>%n повреждённые записи не удалось перевести в новый формат записей; они оставлены как есть и показываются как повреждённые.</numerusform>
            <numerusform>%n повреждённых записей не удалось перевести в новый формат записей; они оставлены как есть и показываются как повреждённые.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgrading the vault to the new record format: %1 of %2 records</source>
        <translation>Обновление хранилища до нового формата записей: %1 из %2 записей</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Возможно, вы имели в виду «%1»?</translation>
    </message>
    <message>
        <source>%1 starts with a digit: no shell can read it from the environment (sh takes $%1 for $%2 followed by %3), and &apos;env export&apos; refuses it. Rename it to start with a letter or an underscore if a script is to read it.</source>
        <translation>%1 начинается с цифры: ни одна оболочка не прочитает такое имя из окружения (sh понимает $%1 как $%2, за которым следует %3), а «env export» его отклоняет. Если его должен читать сценарий, переименуйте так, чтобы имя начиналось с буквы или подчёркивания.</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Использование: %1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>Global options: --vault FILE, --password-file FILE, --json, --roles LIST (see &apos;%1 --help&apos;).</source>
        <translation>Глобальные параметры: --vault ФАЙЛ, --password-file ФАЙЛ, --json, --roles СПИСОК (см. «%1 --help»).</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Пример:</translation>
    </message>
    <message>
        <source>Usage: %1 %2 COMMAND [ARGUMENTS]</source>
        <translation>Использование: %1 %2 КОМАНДА [АРГУМЕНТЫ]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 COMMAND --help&apos; for a command&apos;s options and an example.</source>
        <translation>Запустите «%1 %2 КОМАНДА --help», чтобы увидеть параметры команды и пример.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Неизвестный параметр «%1».</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Для параметра --%1 нужно значение.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Параметр --%1 не принимает значения.</translation>
    </message>
    <message>
        <source>Unknown option &apos;--%1&apos;.</source>
        <translation>Неизвестный параметр «--%1».</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>Параметр --%1 указан дважды.</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>%1 There is no terminal to ask on: add --yes to go ahead.</source>
        <translation>%1 Нет терминала, чтобы запросить подтверждение: добавьте --yes, чтобы продолжить.</translation>
    </message>
    <message>
        <source>[y/N] </source>
        <translation>[д/Н] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>д</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(deleted in this vault)</source>
        <translation>(удалено в этом хранилище)</translation>
    </message>
    <message>
        <source>(not on the platform)</source>
        <translation>(нет на платформе)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Conflict: secret %1</source>
        <translation>Конфликт: секрет %1</translation>
    </message>
    <message>
        <source>Conflict: variable %1</source>
        <translation>Конфликт: переменная %1</translation>
    </message>
    <message>
        <source>The secret “%1” was changed in this vault and on the platform since they were last in sync. Secret values are never shown; compare who changed it and when.</source>
        <translation>Секрет «%1» изменён и в этом хранилище, и на платформе после их последней синхронизации. Значения секретов никогда не показываются; сравните, кто и когда его изменил.</translation>
    </message>
    <message>
        <source>The variable “%1” was changed in this vault and on the platform since they were last in sync. Choose which value to keep.</source>
        <translation>Переменная «%1» изменена и в этом хранилище, и на платформе после их последней синхронизации. Выберите, какое значение оставить.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In this vault&lt;/b&gt;</source>
        <translation>&lt;b&gt;В этом хранилище&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the platform&lt;/b&gt;</source>
        <translation>&lt;b&gt;На платформе&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <source>Value in this vault</source>
        <translation>Значение в этом хранилище</translation>
    </message>
    <message>
        <source>Value on the platform</source>
        <translation>Значение на платформе</translation>
    </message>
    <message>
        <source>In export:</source>
        <translation>В экспорте:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Изменено:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Ревизия:</translation>
    </message>
    <message>
        <source>based on revision %L1</source>
        <translation>на основе ревизии %L1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>синхронизации ещё не было</translation>
    </message>
    <message>
        <source>revision %L1</source>
        <translation>ревизия %L1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Оставить моё</translation>
    </message>
    <message>
        <source>Keep the value in this vault</source>
        <translation>Оставить значение из этого хранилища</translation>
    </message>
    <message>
        <source>Publish this vault&apos;s side over the platform&apos;s change.</source>
        <translation>Опубликовать версию из этого хранилища поверх изменения на платформе.</translation>
    </message>
    <message>
        <source>Keep this vault&apos;s side; the next Publish sends it to the platform.</source>
        <translation>Оставить версию из этого хранилища; следующая публикация отправит её на платформу.</translation>
    </message>
    <message>
        <source>&amp;Take the platform&apos;s</source>
        <translation>&amp;Взять с платформы</translation>
    </message>
    <message>
        <source>Take the platform&apos;s value</source>
        <translation>Взять значение с платформы</translation>
    </message>
    <message>
        <source>Drop this vault&apos;s change; the platform&apos;s secret stays as it is.</source>
        <translation>Отменить изменение в этом хранилище; секрет на платформе останется как есть.</translation>
    </message>
    <message>
        <source>Replace this vault&apos;s value with the platform&apos;s.</source>
        <translation>Заменить значение в этом хранилище значением с платформы.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <source>A secret&apos;s value never comes back from the platform, so taking its side would leave this vault with a value the platform does not hold. Keep this vault&apos;s value, or set the secret here to the platform&apos;s value and publish.</source>
        <translation>Значение секрета никогда не возвращается с платформы, поэтому выбор её стороны оставил бы в хранилище значение, которого на платформе нет. Оставьте значение этого хранилища или задайте здесь секрету значение с платформы и опубликуйте.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>BotVault keeps the secrets and variables of your bot projects in an encrypted vault. Choose the master password that opens it. It cannot be recovered if you forget it.</source>
        <translation>BotVault хранит секреты и переменные ваших проектов ботов в зашифрованном хранилище. Выберите мастер-пароль, которым оно открывается. Если вы его забудете, восстановить его будет невозможно.</translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation>Файл хранилища:</translation>
    </message>
    <message>
        <source>&amp;Master password:</source>
        <translation>&amp;Мастер-пароль:</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>&amp;Повторите пароль:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Надёжность пароля</translation>
    </message>
    <message>
        <source>Key derivation:</source>
        <translation>Получение ключа:</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>Argon2id, %1 memory, %2, %3</source>
        <translation>Argon2id, память %1, %2, %3</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Файл хранилища</translation>
    </message>
    <message>
        <source>Master password</source>
        <translation>Мастер-пароль</translation>
    </message>
    <message>
        <source>Confirm master password</source>
        <translation>Подтверждение мастер-пароля</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>The vault was created but could not be opened: %1</source>
        <translation>Хранилище создано, но открыть его не удалось: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n проход</numerusform>
            <numerusform>%n прохода</numerusform>
            <numerusform>%n проходов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n поток</numerusform>
            <numerusform>%n потока</numerusform>
            <numerusform>%n потоков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialFindingsBanner</name>
    <message>
        <source>Hard-coded keys</source>
        <translation>Ключи, записанные в коде</translation>
    </message>
    <message>
        <source>Show &amp;findings…</source>
        <translation>Показать &amp;находки…</translation>
    </message>
    <message>
        <source>Show the hard-coded keys</source>
        <translation>Показать ключи, записанные в коде</translation>
    </message>
    <message numerus="yes">
        <source>%n hard-coded key</source>
        <translation>
            <numerusform>%n ключ, записанный в коде</numerusform>
            <numerusform>%n ключа, записанных в коде</numerusform>
            <numerusform>%n ключей, записанных в коде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hard-coded keys</source>
        <translation>
            <numerusform>%n ключ, записанный в коде</numerusform>
            <numerusform>%n ключа, записанных в коде</numerusform>
            <numerusform>%n ключей, записанных в коде</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found in the source folder: anyone with the code or an exported archive can use them. Move them to secrets.</source>
        <translation>В папке с кодом найдено: %1. Любой, у кого есть код или экспортированный архив, может ими воспользоваться. Перенесите их в секреты.</translation>
    </message>
</context>
<context>
    <name>CredentialFindingsDialog</name>
    <message>
        <source>Hard-coded keys in the source folder</source>
        <translation>Ключи, записанные в файлах папки с кодом</translation>
    </message>
    <message>
        <source>Move each value to a secret and read it with $secrets.get, then rotate the key: it is still in the folder&apos;s history. A line that is not a key can be marked with a comment holding botvault:ignore and a reason.</source>
        <translation>Перенесите каждое значение в секрет и читайте его через $secrets.get, а затем замените сам ключ: он остаётся в истории папки. Строку, которая не является ключом, можно пометить комментарием с botvault:ignore и причиной.</translation>
    </message>
    <message>
        <source>Hard-coded keys</source>
        <translation>Ключи, записанные в коде</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Move to a &amp;secret…</source>
        <translation>&amp;Перенести в секрет…</translation>
    </message>
    <message>
        <source>&amp;Ignore…</source>
        <translation>&amp;Игнорировать…</translation>
    </message>
    <message>
        <source>ignored: %1</source>
        <translation>игнорируется: %1</translation>
    </message>
    <message>
        <source>Report &amp;again</source>
        <translation>Сообщать &amp;снова</translation>
    </message>
    <message>
        <source>Move to a secret</source>
        <translation>Перенести в секрет</translation>
    </message>
    <message>
        <source>Ignore a finding</source>
        <translation>Игнорировать находку</translation>
    </message>
    <message>
        <source>Why is %1 not a credential to move? The reason is kept in the vault.</source>
        <translation>Почему %1 — не учётные данные, которые нужно перенести? Причина сохраняется в хранилище.</translation>
    </message>
</context>
<context>
    <name>CredentialRules</name>
    <message>
        <source>OpenAI API key</source>
        <translation>Ключ API OpenAI</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Ключ API Anthropic</translation>
    </message>
    <message>
        <source>Stripe API key</source>
        <translation>Ключ API Stripe</translation>
    </message>
    <message>
        <source>Stripe webhook secret</source>
        <translation>Секрет веб-хука Stripe</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>Токен бота Telegram</translation>
    </message>
    <message>
        <source>AWS access key</source>
        <translation>Ключ доступа AWS</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>Токен GitHub</translation>
    </message>
    <message>
        <source>GitLab token</source>
        <translation>Токен GitLab</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Токен Slack</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Ключ API Google</translation>
    </message>
    <message>
        <source>Yandex Cloud IAM token</source>
        <translation>IAM-токен Yandex Cloud</translation>
    </message>
    <message>
        <source>Yandex Cloud API key</source>
        <translation>Ключ API Yandex Cloud</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>закрытый ключ</translation>
    </message>
    <message>
        <source>password in a URL</source>
        <translation>пароль в URL</translation>
    </message>
    <message>
        <source>secret-looking value assigned to a key name</source>
        <translation>похожее на секрет значение, присвоенное имени ключа</translation>
    </message>
    <message numerus="yes">
        <source>%n character</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CredentialScan</name>
    <message numerus="yes">
        <source>%n file</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scan stopped after %1; %n file(s) were not scanned.</source>
        <translation>
            <numerusform>Проверка остановлена после %1; не проверен %n файл.</numerusform>
            <numerusform>Проверка остановлена после %1; не проверены %n файла.</numerusform>
            <numerusform>Проверка остановлена после %1; не проверено %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more were skipped as well.</source>
        <translation>Также пропущено ещё %1.</translation>
    </message>
    <message>
        <source>%1 is a link that leads outside the folder; it was not followed.</source>
        <translation>%1 — ссылка, ведущая за пределы папки; переход по ней не выполнялся.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it was not scanned.</source>
        <translation>%1 — не обычный файл; он не проверялся.</translation>
    </message>
    <message>
        <source>%1 is larger than %2; it was not scanned.</source>
        <translation>%1 больше %2; он не проверялся.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); it was not scanned.</source>
        <translation>%1 не удаётся прочитать (%2); он не проверялся.</translation>
    </message>
    <message>
        <source>%1 is a binary file; it was not scanned.</source>
        <translation>%1 — двоичный файл; он не проверялся.</translation>
    </message>
    <message>
        <source>The source folder %1 does not exist: bind the folder again.</source>
        <translation>Папки с кодом %1 не существует: привяжите папку заново.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 — не папка.</translation>
    </message>
    <message>
        <source>The source folder %1 cannot be read: check its permissions and try again.</source>
        <translation>Не удалось прочитать папку с кодом %1: проверьте права доступа и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Scanning the source folder failed unexpectedly; try again.</source>
        <translation>Проверка папки с кодом неожиданно завершилась ошибкой; попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>DeployJob</name>
    <message>
        <source>Stopped waiting for the deploy; the platform goes on with it (task %1).</source>
        <translation>Ожидание развёртывания прекращено; платформа продолжает его (задача %1).</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Операция отменена.</translation>
    </message>
    <message>
        <source>No channel was chosen to deploy.</source>
        <translation>Не выбран канал для развёртывания.</translation>
    </message>
    <message>
        <source>The platform project %1 has no channel %2; nothing was deployed. List the channels and choose one of them.</source>
        <translation>В проекте платформы %1 нет канала %2; ничего не развёрнуто. Получите список каналов и выберите один из них.</translation>
    </message>
    <message>
        <source>The bot script %1 is %2 bytes long; the platform takes at most %3 bytes (1 MiB). Nothing was deployed.</source>
        <translation>Длина скрипта бота %1 — %2 байт, а платформа принимает не больше %3 байт (1 МиБ). Ничего не развёрнуто.</translation>
    </message>
    <message>
        <source>The bot script %1 could not be read (%2); nothing was deployed.</source>
        <translation>Не удалось прочитать скрипт бота %1 (%2); ничего не развёрнуто.</translation>
    </message>
    <message>
        <source>The bot script %1 is not UTF-8 text of at most 1 MiB; nothing was deployed.</source>
        <translation>Скрипт бота %1 — не текст в UTF-8 размером не более 1 МиБ; ничего не развёрнуто.</translation>
    </message>
    <message>
        <source>Comparing the bot script with the platform&apos;s</source>
        <translation>Сравнение скрипта бота с версией на платформе</translation>
    </message>
    <message>
        <source>The deploy was cancelled before anything was sent.</source>
        <translation>Развёртывание отменено до отправки каких-либо данных.</translation>
    </message>
    <message>
        <source>Uploading the bot script</source>
        <translation>Загрузка скрипта бота</translation>
    </message>
    <message>
        <source>The deploy was cancelled before any channel was deployed.</source>
        <translation>Развёртывание отменено до того, как был развёрнут хотя бы один канал.</translation>
    </message>
    <message>
        <source>The platform refused the API token: it is unknown, revoked or expired. Enter a new token in the project&apos;s remote binding.</source>
        <translation>Платформа отклонила токен API: он неизвестен, отозван или просрочен. Введите новый токен в привязке проекта к платформе.</translation>
    </message>
    <message>
        <source>The bot script was changed on the platform while it was being uploaded; nothing was deployed. Deploy again to upload src/main.js over the new version.</source>
        <translation>Скрипт бота изменился на платформе во время загрузки; ничего не развёрнуто. Запустите развёртывание снова, чтобы загрузить src/main.js поверх новой версии.</translation>
    </message>
    <message>
        <source>The deploy was cancelled after %1 of %2 channels.</source>
        <translation>Развёртывание отменено после %1 из %2 каналов.</translation>
    </message>
    <message>
        <source>Deploying &apos;%1&apos; (%2 of %3)</source>
        <translation>Развёртывание «%1» (%2 из %3)</translation>
    </message>
    <message>
        <source>Waiting for the deploy already running in &apos;%1&apos; (task %2)</source>
        <translation>Ожидание развёртывания, которое уже идёт в «%1» (задача %2)</translation>
    </message>
    <message>
        <source>The deploy of &apos;%1&apos; failed (task %2): %3 The channel keeps running its previous deploy; the channels after it were not deployed.</source>
        <translation>Развёртывание «%1» завершилось ошибкой (задача %2): %3 Канал продолжает работать на предыдущем развёртывании; следующие за ним каналы не развёрнуты.</translation>
    </message>
    <message>
        <source>The deploy of &apos;%1&apos; failed (task %2): %3 The channel keeps running its previous deploy.</source>
        <translation>Развёртывание «%1» завершилось ошибкой (задача %2): %3 Канал продолжает работать на предыдущем развёртывании.</translation>
    </message>
    <message>
        <source>The deploy of &apos;%1&apos; did not finish within %2 minutes; its state is unknown. It may still finish on the platform: check task %3 later, or list the channels.</source>
        <translation>Развёртывание «%1» не завершилось за %2 мин; его состояние неизвестно. Оно ещё может завершиться на платформе: проверьте задачу %3 позже или получите список каналов.</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Развёрнуто</translation>
    </message>
</context>
<context>
    <name>EnvCommands</name>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>These names already exist in project &apos;%1&apos;:</source>
        <translation>Эти имена уже есть в проекте «%1»:</translation>
    </message>
    <message>
        <source>  %1 (secret, line %2)</source>
        <translation>  %1 (секрет, строка %2)</translation>
    </message>
    <message>
        <source>  %1 (variable with another value, line %2)</source>
        <translation>  %1 (переменная с другим значением, строка %2)</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; already has %2 from %3: choose --replace to take the file&apos;s values or --keep to keep the project&apos;s. Nothing was imported.</source>
        <translation>%3: %2 уже есть в проекте «%1». Укажите --replace, чтобы взять значения из файла, или --keep, чтобы оставить значения проекта. Ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem; nothing was imported. Fix it and run the command again.</source>
        <translation>
            <numerusform>%1: %n ошибка; ничего не импортировано. Исправьте её и выполните команду снова.</numerusform>
            <numerusform>%1: %n ошибки; ничего не импортировано. Исправьте их и выполните команду снова.</numerusform>
            <numerusform>%1: %n ошибок; ничего не импортировано. Исправьте их и выполните команду снова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problems; nothing was imported. Fix them and run the command again.</source>
        <translation>
            <numerusform>%1: %n ошибка; ничего не импортировано. Исправьте их и выполните команду снова.</numerusform>
            <numerusform>%1: %n ошибки; ничего не импортировано. Исправьте их и выполните команду снова.</numerusform>
            <numerusform>%1: %n ошибок; ничего не импортировано. Исправьте их и выполните команду снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>These names are already stored as the other kind in project &apos;%1&apos;:</source>
        <translation>Эти имена уже хранятся в проекте «%1» как элементы другого вида:</translation>
    </message>
    <message>
        <source>  %1 (secret, line %2): importing it as a variable would show the value to anyone who opens the vault; import the line with --as-secrets to change the secret</source>
        <translation>  %1 (секрет, строка %2): импорт в переменную показал бы значение всем, кто открывает хранилище; чтобы изменить секрет, импортируйте строку с --as-secrets</translation>
    </message>
    <message>
        <source>  %1 (variable, line %2): --as-secrets would add a secret beside it; remove the variable first with: %3</source>
        <translation>  %1 (переменная, строка %2): с --as-secrets рядом с ней появился бы секрет; сначала удалите переменную: %3</translation>
    </message>
    <message>
        <source>%1 from %2 would be stored as another kind than project &apos;%3&apos; holds them; --replace and --keep do not change that. Nothing was imported.</source>
        <translation>%2: %1 сохранились бы как элементы другого вида, чем в проекте «%3»; --replace и --keep этого не меняют. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 looks like a secret but was imported as a variable, whose value anyone who opens the vault can read. To make it a secret, import it again with --as-secrets or run: %2; then remove the variable: %3</source>
        <translation>%1 похоже на секрет, но импортировано как переменная, а её значение может прочитать любой, кто откроет хранилище. Чтобы сделать его секретом, импортируйте его снова с --as-secrets или выполните: %2; затем удалите переменную: %3</translation>
    </message>
    <message>
        <source>Imported %1 and %2 into project &apos;%3&apos;.</source>
        <translation>В проект «%3» импортировано: %1 и %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n variable already had the file&apos;s value.</source>
        <translation>
            <numerusform>У %n переменной уже было значение из файла.</numerusform>
            <numerusform>У %n переменных уже было значение из файла.</numerusform>
            <numerusform>У %n переменных уже было значение из файла.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variables already had the file&apos;s value.</source>
        <translation>
            <numerusform>У %n переменной уже было значение из файла.</numerusform>
            <numerusform>У %n переменных уже было значение из файла.</numerusform>
            <numerusform>У %n переменных уже было значение из файла.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the project&apos;s value of: %1</source>
        <translation>Оставлены значения проекта для: %1</translation>
    </message>
    <message>
        <source>Wrote %1 of project &apos;%2&apos; to &apos;%3&apos;.</source>
        <translation>Записано в «%3»: %1 проекта «%2».</translation>
    </message>
    <message>
        <source>%1 of project &apos;%2&apos; left out: a .env export holds variables only, never secret values.</source>
        <translation>Пропущено: %1 проекта «%2»; экспорт в файл .env содержит только переменные и никогда — значения секретов.</translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>Line %1: the name before &apos;=&apos; is empty.</source>
        <translation>Строка %1: имя перед «=» пустое.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source>Line %1: a name may contain only Latin letters, digits and underscores; character %2 of the name is %3.</source>
        <translation>Строка %1: имя может содержать только латинские буквы, цифры и подчёркивания, а символ %2 в имени — %3.</translation>
    </message>
    <message>
        <source>Line %1: the name is %2 characters long; the limit is %3.</source>
        <translation>Строка %1: имя слишком длинное (длина — %2, предел — %3 символов).</translation>
    </message>
    <message>
        <source>Line %1: there is no &apos;=&apos; on this line; write each variable as NAME=value.</source>
        <translation>Строка %1: в строке нет «=»; записывайте каждую переменную в виде NAME=value.</translation>
    </message>
    <message>
        <source>Line %1: there is text after the closing quote of the value; put the whole value inside the quotes, or start a comment with #.</source>
        <translation>Строка %1: после закрывающей кавычки значения есть текст; заключите в кавычки всё значение или начните комментарий с #.</translation>
    </message>
    <message>
        <source>Line %1: the double quote that opens the value is never closed, so every line after it was read as part of the value; add the closing &quot;.</source>
        <translation>Строка %1: двойная кавычка в начале значения нигде не закрыта, поэтому все следующие строки прочитаны как часть значения; добавьте закрывающую &quot;.</translation>
    </message>
    <message>
        <source>Line %1: the single quote that opens the value is never closed, so every line after it was read as part of the value; add the closing &apos;.</source>
        <translation>Строка %1: одинарная кавычка в начале значения нигде не закрыта, поэтому все следующие строки прочитаны как часть значения; добавьте закрывающую &apos;.</translation>
    </message>
    <message>
        <source>Line %1: the text is not valid UTF-8; save the file as UTF-8 and read it again.</source>
        <translation>Строка %1: текст — некорректный UTF-8; сохраните файл в UTF-8 и прочитайте его снова.</translation>
    </message>
    <message>
        <source>Line %1: the value of %2 is %3 bytes long; a value may have at most %4 bytes (64 KiB). Shorten the value.</source>
        <translation>Строка %1: длина значения %2 — %3 байт, а значение может быть не длиннее %4 байт (64 КиБ). Сократите значение.</translation>
    </message>
    <message>
        <source>The file is %1 MiB; BotVault reads .env files of at most %2 MiB. Remove what you do not need or split the file.</source>
        <translation>Размер файла — %1 МиБ, а BotVault читает файлы .env не больше %2 МиБ. Удалите лишнее или разделите файл.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) are not listed; fix the lines above and read the file again.</source>
        <translation>
            <numerusform>Ещё %n проблема не показана; исправьте строки выше и прочитайте файл снова.</numerusform>
            <numerusform>Ещё %n проблемы не показаны; исправьте строки выше и прочитайте файл снова.</numerusform>
            <numerusform>Ещё %n проблем не показано; исправьте строки выше и прочитайте файл снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 is defined again on line %3; define each name once.</source>
        <translation>Строка %1: имя %2 снова задано в строке %3; задавайте каждое имя один раз.</translation>
    </message>
    <message>
        <source>%1 cannot be written to a .env file: a shell reads a line that starts with a digit as a command, not as a variable. Rename the variable.</source>
        <translation>%1 нельзя записать в файл .env: оболочка читает строку, начинающуюся с цифры, как команду, а не как переменную. Переименуйте переменную.</translation>
    </message>
    <message>
        <source>The value of %1 contains a NUL character, which no shell can hold in a variable, so it cannot be written to a .env file.</source>
        <translation>Значение %1 содержит символ NUL, который не может храниться в переменной ни одной оболочки, поэтому его нельзя записать в файл .env.</translation>
    </message>
    <message>
        <source>The value of %1 contains a broken UTF-16 character that cannot be written as UTF-8.</source>
        <translation>Значение %1 содержит повреждённый символ UTF-16, который нельзя записать в UTF-8.</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>EnvImportDialog</name>
    <message>
        <source>Import .env file</source>
        <translation>Импорт файла .env</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <source>Open a .env file</source>
        <translation>Открыть файл .env</translation>
    </message>
    <message>
        <source>.env text</source>
        <translation>Текст .env</translation>
    </message>
    <message>
        <source>Paste NAME=value lines here, for example API_URL=https://api.example.com</source>
        <translation>Вставьте сюда строки NAME=value, например API_URL=https://api.example.com</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Предпросмотр:</translation>
    </message>
    <message>
        <source>Preview of the lines to import</source>
        <translation>Предпросмотр импортируемых строк</translation>
    </message>
    <message>
        <source>Lines that cannot be imported</source>
        <translation>Строки, которые нельзя импортировать</translation>
    </message>
    <message>
        <source>When a name already exists:</source>
        <translation>Если имя уже существует:</translation>
    </message>
    <message>
        <source>&amp;Keep the existing value</source>
        <translation>Оставить &amp;существующее значение</translation>
    </message>
    <message>
        <source>Keep existing values</source>
        <translation>Оставлять существующие значения</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>&amp;Заменить его</translation>
    </message>
    <message>
        <source>Replace existing values</source>
        <translation>Заменять существующие значения</translation>
    </message>
    <message>
        <source>Import .env file into “%1”</source>
        <translation>Импорт файла .env в «%1»</translation>
    </message>
    <message>
        <source>Paste the contents of a .env file or open one. Each NAME=value line becomes a variable, or a secret for names that look like keys, tokens and passwords; change the choice per line.</source>
        <translation>Вставьте содержимое файла .env или откройте файл. Каждая строка NAME=value станет переменной, а для имён, похожих на ключи, токены и пароли, — секретом; выбор можно изменить для каждой строки.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Import the lines</source>
        <translation>Импортировать строки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1 Lines that look like secrets are left out; import them as variables only if their values are not secret.</source>
        <translation>%1 Строки, похожие на секреты, пропускаются; импортируйте их как переменные, только если их значения не секретны.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Open .env file</source>
        <translation>Открытие файла .env</translation>
    </message>
    <message>
        <source>Environment files (*.env .env .env.*);;All files (*)</source>
        <translation>Файлы окружения (*.env .env .env.*);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2; a .env file may be at most %3.</source>
        <translation>Размер %1 — %2, а файл .env может быть не больше %3.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 and open it again.</source>
        <translation>%1 — не текст в UTF-8; сохраните файл в UTF-8 и откройте его снова.</translation>
    </message>
    <message>
        <source>Import line %1 as</source>
        <translation>Импортировать строку %1 как</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported:</source>
        <translation>
            <numerusform>Нельзя импортировать %n строку:</numerusform>
            <numerusform>Нельзя импортировать %n строки:</numerusform>
            <numerusform>Нельзя импортировать %n строк:</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret values are not shown.</source>
        <translation>Значения секретов не показываются.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>replaces existing</source>
        <translation>заменит существующее</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>exists, kept</source>
        <translation>уже есть, оставлено</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>не импортируется</translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation>Пока нечего импортировать.</translation>
    </message>
    <message>
        <source>No line can be imported.</source>
        <translation>Ни одну строку нельзя импортировать.</translation>
    </message>
    <message>
        <source>Of %1, the import writes %2 and %3.</source>
        <translation>%1; будет импортировано: %2 и %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read</source>
        <translation>
            <numerusform>Прочитана %n строка</numerusform>
            <numerusform>Прочитано %n строки</numerusform>
            <numerusform>Прочитано %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n переменная</numerusform>
            <numerusform>%n переменные</numerusform>
            <numerusform>%n переменных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n секрет</numerusform>
            <numerusform>%n секрета</numerusform>
            <numerusform>%n секретов</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 and %2 into %3.</source>
        <translation>В проект %3 импортировано: %1 и %2.</translation>
    </message>
    <message>
        <source>variable beside the secret</source>
        <translation>переменная рядом с секретом</translation>
    </message>
    <message>
        <source>%1 is a secret of this project. Imported as a variable, this value would be shown to anyone who opens the vault; choose Secret to replace the secret.</source>
        <translation>%1 — секрет этого проекта. Импортированное в переменную, это значение будет видно всем, кто открывает хранилище; выберите «Секрет», чтобы заменить секрет.</translation>
    </message>
    <message>
        <source>secret beside the variable</source>
        <translation>секрет рядом с переменной</translation>
    </message>
    <message>
        <source>%1 is a variable of this project. Imported as a secret, it would be stored beside the variable, and the bot would read a different value through each; choose Variable to change the variable.</source>
        <translation>%1 — переменная этого проекта. Импортированное в секрет, значение будет храниться рядом с переменной, и бот будет получать через каждую из них разное значение; выберите «Переменная», чтобы изменить переменную.</translation>
    </message>
    <message>
        <source>%1 is a secret of this project; the line can replace it as a secret.</source>
        <translation>%1 — секрет этого проекта; строка может заменить его как секрет.</translation>
    </message>
    <message>
        <source>Line %1: the value of %2 is hidden and was not read here; paste the line again.</source>
        <translation>Строка %1: значение %2 скрыто и здесь не прочитано; вставьте строку снова.</translation>
    </message>
</context>
<context>
    <name>ExpectedNames</name>
    <message>
        <source>the imported archive</source>
        <translation>импортированный архив</translation>
    </message>
</context>
<context>
    <name>ExportProjectDialog</name>
    <message>
        <source>Export project</source>
        <translation>Экспорт проекта</translation>
    </message>
    <message>
        <source>Variables in the export</source>
        <translation>Переменные в экспорте</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Секреты</translation>
    </message>
    <message>
        <source>Secret values are never exported: only their names are listed, so an import can ask for them.</source>
        <translation>Значения секретов никогда не экспортируются: перечисляются только их имена, чтобы при импорте можно было запросить значения.</translation>
    </message>
    <message>
        <source>Bot source files</source>
        <translation>Исходные файлы бота</translation>
    </message>
    <message>
        <source>Export project “%1”</source>
        <translation>Экспорт проекта «%1»</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <source>Export the project to a ZIP file</source>
        <translation>Экспортировать проект в ZIP-файл</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The ZIP file holds the project in the bot platform&apos;s layout, so it can be imported here or on the platform. It will contain:</source>
        <translation>ZIP-файл содержит проект в структуре платформы ботов, поэтому его можно импортировать здесь или на платформе. В него войдут:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Variables in the export (%L1)</source>
        <translation>Переменные в экспорте (%L1)</translation>
    </message>
    <message>
        <source>No variable is marked “Include into project export ZIP file”, so the ZIP holds none.</source>
        <translation>Ни одна переменная не отмечена флажком «Включать в ZIP-файл экспорта проекта», поэтому в ZIP-файле их не будет.</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) left out, not marked for export: %1</source>
        <translation>
            <numerusform>Не включена %n переменная, не отмеченная для экспорта: %1</numerusform>
            <numerusform>Не включены %n переменные, не отмеченные для экспорта: %1</numerusform>
            <numerusform>Не включено %n переменных, не отмеченных для экспорта: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every variable of the project is marked for export.</source>
        <translation>Все переменные проекта отмечены для экспорта.</translation>
    </message>
    <message>
        <source>Secret names listed (%L1)</source>
        <translation>Имена секретов (%L1)</translation>
    </message>
    <message>
        <source>The project has no secrets.</source>
        <translation>В проекте нет секретов.</translation>
    </message>
    <message>
        <source>No source folder is bound, so the ZIP holds no bot code. Bind the folder with the bot&apos;s code (Project → Bind source folder…) to include it.</source>
        <translation>Папка с кодом не привязана, поэтому кода бота в ZIP-файле не будет. Чтобы включить его, привяжите папку с кодом бота (Проект → Привязать папку с кодом…).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, from %2</source>
        <translation>
            <numerusform>%n файл, %1, из %2</numerusform>
            <numerusform>%n файла, %1, из %2</numerusform>
            <numerusform>%n файлов, %1, из %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Project ZIP files (*.zip);;All files (*)</source>
        <translation>ZIP-файлы проектов (*.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>The project was not exported to %1.

%2</source>
        <translation>Проект не экспортирован в %1.

%2</translation>
    </message>
    <message>
        <source>Exported %1 to %2: %3, %4 (names only), %5.</source>
        <translation>Проект %1 экспортирован в %2: %3, %4 (только имена), %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n переменная</numerusform>
            <numerusform>%n переменные</numerusform>
            <numerusform>%n переменных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret name(s)</source>
        <translation>
            <numerusform>%n имя секрета</numerusform>
            <numerusform>%n имени секретов</numerusform>
            <numerusform>%n имён секретов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source file(s)</source>
        <translation>
            <numerusform>%n исходный файл</numerusform>
            <numerusform>%n исходных файла</numerusform>
            <numerusform>%n исходных файлов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FoldedRowTableModel</name>
    <message>
        <source>%1, by %2</source>
        <translation>%1, изменил: %2</translation>
    </message>
</context>
<context>
    <name>FormatUpgradeProgress</name>
    <message>
        <source>Vault upgrade progress</source>
        <translation>Ход обновления хранилища</translation>
    </message>
    <message>
        <source>Upgrading the vault</source>
        <translation>Обновление хранилища</translation>
    </message>
    <message>
        <source>This vault was written by an older BotVault. Its records are being re-sealed in the current format, once: %1 of %2 done. The vault opens when this is finished.</source>
        <translation>Это хранилище создано более старой версией BotVault. Его записи однократно перешифровываются в текущем формате: готово %1 из %2. Хранилище откроется, когда это завершится.</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>&amp;History…</source>
        <translation>Ис&amp;тория…</translation>
    </message>
    <message>
        <source>Recently &amp;deleted…</source>
        <translation>Недавно &amp;удалённые…</translation>
    </message>
    <message>
        <source>Show project &amp;at…</source>
        <translation>&amp;Показать проект на момент…</translation>
    </message>
    <message>
        <source>The versions of the selected secret or variable, and restoring one.</source>
        <translation>Версии выбранного секрета или переменной и восстановление одной из них.</translation>
    </message>
    <message>
        <source>Restore or purge the secrets, variables and projects deleted recently.</source>
        <translation>Восстановить или удалить навсегда недавно удалённые секреты, переменные и проекты.</translation>
    </message>
    <message>
        <source>The project as it was at a moment, and restoring it to that moment.</source>
        <translation>Проект в том виде, в каком он был в определённый момент, и его восстановление на этот момент.</translation>
    </message>
    <message>
        <source>Select a secret or a variable to see its history.</source>
        <translation>Выберите секрет или переменную, чтобы увидеть историю.</translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation>Сначала выберите проект.</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>%1 is a secret of project %2, not a variable: add --secret.</source>
        <translation>%1 — секрет проекта %2, а не переменная: добавьте --secret.</translation>
    </message>
    <message>
        <source>%1 is a variable of project %2, not a secret: leave out --secret.</source>
        <translation>%1 — переменная проекта %2, а не секрет: уберите --secret.</translation>
    </message>
    <message>
        <source>%1 was deleted from project %2; it is entry %3 of the recently deleted list. Restore it with: %4</source>
        <translation>Элемент %1 удалён из проекта %2; это запись %3 в списке недавно удалённых. Восстановите его командой: %4</translation>
    </message>
    <message>
        <source>(forgotten)</source>
        <translation>(забыто)</translation>
    </message>
    <message>
        <source>(never shown)</source>
        <translation>(не показывается)</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (текущая)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>ВЕРСИЯ</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>ИСПОЛНИТЕЛЬ</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ИСТОЧНИК</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ИЗМЕНЕНИЕ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>EXPORT</source>
        <translation>ЭКСПОРТ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>&apos;restore&apos; needs --version N, a version number as &apos;history&apos; lists them.</source>
        <translation>Для &apos;restore&apos; нужен --version N — номер версии, как в выводе &apos;history&apos;.</translation>
    </message>
    <message>
        <source>--version needs a version number (1 or more), not &apos;%1&apos;.</source>
        <translation>Для --version нужен номер версии (1 или больше), а не «%1».</translation>
    </message>
    <message>
        <source>%1 has no version %2; the versions kept are %3 (see &quot;%4&quot;).</source>
        <translation>У %1 нет версии %2; сохранены: %3 (см. &quot;%4&quot;).</translation>
    </message>
    <message>
        <source>Restore it under another name with --as NEW_NAME, or rename the other item first.</source>
        <translation>Восстановите под другим именем с помощью --as NEW_NAME или сначала переименуйте другой элемент.</translation>
    </message>
    <message>
        <source>Restored secret %1 of project %2 to version %3.</source>
        <translation>Секрет %1 проекта %2 восстановлен до версии %3.</translation>
    </message>
    <message>
        <source>Restored variable %1 of project %2 to version %3.</source>
        <translation>Переменная %1 проекта %2 восстановлена до версии %3.</translation>
    </message>
    <message>
        <source>Secret %1 of project %2 has no old values to forget.</source>
        <translation>У секрета %1 проекта %2 нет старых значений, которые можно забыть.</translation>
    </message>
    <message numerus="yes">
        <source>Destroy the %n old value(s) of secret %1 in project %2 for good? Its current value stays; its versions stay listed without a value.</source>
        <translation>
            <numerusform>Безвозвратно уничтожить %n старое значение секрета %1 в проекте %2? Текущее значение останется; версии по-прежнему будут в списке, но без значений.</numerusform>
            <numerusform>Безвозвратно уничтожить %n старых значения секрета %1 в проекте %2? Текущее значение останется; версии по-прежнему будут в списке, но без значений.</numerusform>
            <numerusform>Безвозвратно уничтожить %n старых значений секрета %1 в проекте %2? Текущее значение останется; версии по-прежнему будут в списке, но без значений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroyed %n old value(s) of secret %1 in project %2.</source>
        <translation>
            <numerusform>Уничтожено %n старое значение секрета %1 в проекте %2.</numerusform>
            <numerusform>Уничтожено %n старых значения секрета %1 в проекте %2.</numerusform>
            <numerusform>Уничтожено %n старых значений секрета %1 в проекте %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Restore &amp;under the name:</source>
        <translation>Восстановить под &amp;именем:</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Восстановить эту версию</translation>
    </message>
    <message>
        <source>&amp;Forget old values…</source>
        <translation>&amp;Забыть старые значения…</translation>
    </message>
    <message>
        <source>History of secret %1</source>
        <translation>История секрета %1</translation>
    </message>
    <message>
        <source>History of variable %1</source>
        <translation>История переменной %1</translation>
    </message>
    <message>
        <source>Every version of this secret, oldest first. A secret&apos;s values are never shown; Restore makes a version&apos;s value current again.</source>
        <translation>Все версии этого секрета, начиная с самых старых. Значения секрета никогда не показываются; кнопка «Восстановить» снова делает значение версии текущим.</translation>
    </message>
    <message>
        <source>Every version of this variable, oldest first. Select one to compare it with the current value.</source>
        <translation>Все версии этой переменной, начиная с самых старых. Выберите версию, чтобы сравнить её с текущим значением.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Difference from the current value</source>
        <translation>Отличия от текущего значения</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Name to restore the version under</source>
        <translation>Имя, под которым восстановить версию</translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation>Восстановить выбранную версию</translation>
    </message>
    <message>
        <source>Forget the old values of this secret</source>
        <translation>Забыть старые значения этого секрета</translation>
    </message>
    <message>
        <source>Destroy every old value of this secret for good, as after a leak; the current value stays.</source>
        <translation>Безвозвратно уничтожить все старые значения этого секрета, как после утечки; текущее значение останется.</translation>
    </message>
    <message>
        <source>(this version cannot be read)</source>
        <translation>(эту версию не удаётся прочитать)</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (текущая)</translation>
    </message>
    <message>
        <source>(forgotten)</source>
        <translation>(забыто)</translation>
    </message>
    <message>
        <source>(never shown)</source>
        <translation>(не показывается)</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Включена</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Не включена</translation>
    </message>
    <message>
        <source>The value of this version was forgotten: it cannot be restored.</source>
        <translation>Значение этой версии забыто: восстановить его нельзя.</translation>
    </message>
    <message>
        <source>Type another name below and restore again.</source>
        <translation>Введите ниже другое имя и восстановите снова.</translation>
    </message>
    <message>
        <source>Restored version %1 of %2.</source>
        <translation>Восстановлена версия %1 элемента %2.</translation>
    </message>
    <message>
        <source>Destroy every old value of secret %1 for good?

Its current value stays, and its versions stay listed without a value. A forgotten value cannot be restored.</source>
        <translation>Безвозвратно уничтожить все старые значения секрета %1?

Текущее значение останется, а версии по-прежнему будут в списке, но без значений. Забытое значение восстановить нельзя.</translation>
    </message>
    <message>
        <source>Forget old values</source>
        <translation>Забыть старые значения</translation>
    </message>
    <message>
        <source>Forgot the old values of %1.</source>
        <translation>Старые значения %1 забыты.</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>This vault</source>
        <translation>Это хранилище</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Pulled from the platform</source>
        <translation>Получено с платформы</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Before history started</source>
        <translation>До начала истории</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Value replaced</source>
        <translation>Значение заменено</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Переименовано</translation>
    </message>
    <message>
        <source>Export flag changed</source>
        <translation>Изменён флаг экспорта</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>State when history started</source>
        <translation>Состояние на начало истории</translation>
    </message>
</context>
<context>
    <name>ImportProjectDialog</name>
    <message>
        <source>Import project</source>
        <translation>Импорт проекта</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Куда импортировать</translation>
    </message>
    <message>
        <source>A &amp;new project named:</source>
        <translation>&amp;Новый проект с именем:</translation>
    </message>
    <message>
        <source>Import into a new project</source>
        <translation>Импортировать в новый проект</translation>
    </message>
    <message>
        <source>New project name</source>
        <translation>Имя нового проекта</translation>
    </message>
    <message>
        <source>&amp;Merge into the current project</source>
        <translation>&amp;Объединить с текущим проектом</translation>
    </message>
    <message>
        <source>Merge into the current project</source>
        <translation>Объединить с текущим проектом</translation>
    </message>
    <message>
        <source>Variables with a different value</source>
        <translation>Переменные с другим значением</translation>
    </message>
    <message>
        <source>&amp;Keep all</source>
        <translation>Оставить &amp;все</translation>
    </message>
    <message>
        <source>Keep every current value</source>
        <translation>Оставить все текущие значения</translation>
    </message>
    <message>
        <source>&amp;Replace all</source>
        <translation>&amp;Заменить все</translation>
    </message>
    <message>
        <source>Replace every current value</source>
        <translation>Заменить все текущие значения</translation>
    </message>
    <message>
        <source>New variables</source>
        <translation>Новые переменные</translation>
    </message>
    <message>
        <source>Secrets that need a value</source>
        <translation>Секреты, которым нужно значение</translation>
    </message>
    <message>
        <source>Bot source files</source>
        <translation>Исходные файлы бота</translation>
    </message>
    <message>
        <source>&amp;Extract to:</source>
        <translation>&amp;Распаковать в:</translation>
    </message>
    <message>
        <source>Folder for the source files</source>
        <translation>Папка для исходных файлов</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Новая или пустая папка</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Choose the folder for the source files</source>
        <translation>Выбрать папку для исходных файлов</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Import the project</source>
        <translation>Импортировать проект</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Merge into “%1”</source>
        <translation>&amp;Объединить с «%1»</translation>
    </message>
    <message>
        <source>&amp;Merge into the current project (none is selected)</source>
        <translation>&amp;Объединить с текущим проектом (проект не выбран)</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Объединить с %1</translation>
    </message>
    <message>
        <source>Choose per variable, or for all:</source>
        <translation>Выберите для каждой переменной или для всех сразу:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n source file(s) (%1)</source>
        <translation>
            <numerusform>%n исходный файл (%1)</numerusform>
            <numerusform>%n исходных файла (%1)</numerusform>
            <numerusform>%n исходных файлов (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no source files</source>
        <translation>нет исходных файлов</translation>
    </message>
    <message>
        <source>%1 is a BotVault export of “%2” with %3, %4 and %5.</source>
        <translation>%1 — экспорт проекта «%2» из BotVault: %3, %4 и %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n переменная</numerusform>
            <numerusform>%n переменные</numerusform>
            <numerusform>%n переменных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret name(s)</source>
        <translation>
            <numerusform>%n имя секрета</numerusform>
            <numerusform>%n имени секретов</numerusform>
            <numerusform>%n имён секретов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a bot project without BotVault data: %2. It brings no variables; the names its code expects are listed below and on the page after the import.</source>
        <translation>%1 — проект бота без данных BotVault: %2. Переменных в нём нет; имена, которые ожидает его код, перечислены ниже и после импорта появятся на странице.</translation>
    </message>
    <message>
        <source>Secrets that need a value (%L1)</source>
        <translation>Секреты, которым нужно значение (%L1)</translation>
    </message>
    <message>
        <source>Secrets that need a value: %1

Archives never carry secret values. After the import the page lists these names; click one there to add its value.</source>
        <translation>Секреты, которым нужно значение: %1

В архивах никогда не бывает значений секретов. После импорта эти имена появятся на странице; нажмите там на имя, чтобы добавить его значение.</translation>
    </message>
    <message>
        <source>The archive holds %1. They are extracted into a new or empty folder, and the project is bound to it.</source>
        <translation>В архиве %1. Они распаковываются в новую или пустую папку, и проект привязывается к ней.</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Оставить текущее</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Текущее значение</translation>
    </message>
    <message>
        <source>Value in the archive</source>
        <translation>Значение в архиве</translation>
    </message>
    <message>
        <source>On import</source>
        <translation>При импорте</translation>
    </message>
    <message>
        <source>On import of %1</source>
        <translation>При импорте %1</translation>
    </message>
    <message>
        <source>Variables with a different value (%L1)</source>
        <translation>Переменные с другим значением (%L1)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>New variables (%L1)</source>
        <translation>Новые переменные (%L1)</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) of the archive already hold the same value here.</source>
        <translation>
            <numerusform>%n переменная из архива уже имеет здесь то же значение.</numerusform>
            <numerusform>%n переменные из архива уже имеют здесь то же значение.</numerusform>
            <numerusform>%n переменных из архива уже имеют здесь то же значение.</numerusform>
        </translation>
    </message>
    <message>
        <source>A project named “%1” already exists: choose another name, or merge into it.</source>
        <translation>Проект с именем «%1» уже существует: выберите другое имя или объедините архив с ним.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the source files.</source>
        <translation>Выберите новую или пустую папку для исходных файлов.</translation>
    </message>
    <message>
        <source>Enter the folder&apos;s full path, or click “Choose…”.</source>
        <translation>Введите полный путь к папке или нажмите «Выбрать…».</translation>
    </message>
    <message>
        <source>“%1” is a file; choose a new or empty folder.</source>
        <translation>«%1» — файл; выберите новую или пустую папку.</translation>
    </message>
    <message>
        <source>“%1” is not empty; choose a new or empty folder.</source>
        <translation>Папка «%1» не пуста; выберите новую или пустую папку.</translation>
    </message>
    <message>
        <source>The folder “%1” that would hold it does not exist.</source>
        <translation>Папки «%1», в которой она должна находиться, не существует.</translation>
    </message>
    <message>
        <source>Folder for the bot&apos;s source files (new or empty)</source>
        <translation>Папка для исходных файлов бота (новая или пустая)</translation>
    </message>
    <message numerus="yes">
        <source> %n secret(s) need a value.</source>
        <translation>
            <numerusform> Нужно задать значение %n секрету.</numerusform>
            <numerusform> Нужно задать значения %n секретам.</numerusform>
            <numerusform> Нужно задать значения %n секретам.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 as project %2 with %3.%4</source>
        <translation>%1 импортирован как проект %2: %3.%4</translation>
    </message>
    <message>
        <source>Merged %1 into %2: %3 added, %4 replaced, %5 kept.%6</source>
        <translation>%1 объединён с проектом %2: добавлено — %3, заменено — %4, оставлено — %5.%6</translation>
    </message>
    <message>
        <source>&amp;Take the source files (extract them into a folder)</source>
        <translation>Взять исходные &amp;файлы (распаковать их в папку)</translation>
    </message>
    <message>
        <source>Take the archive&apos;s source files</source>
        <translation>Взять исходные файлы из архива</translation>
    </message>
    <message>
        <source>&amp;Bind the project to that folder instead of its current one</source>
        <translation>&amp;Привязать проект к этой папке вместо текущей</translation>
    </message>
    <message>
        <source>Bind the project to the extracted folder</source>
        <translation>Привязать проект к папке с распакованными файлами</translation>
    </message>
    <message>
        <source>The archive holds %1. A merge takes only the variables unless you take the files too; “%2” keeps its source folder unless you bind it to the new one.</source>
        <translation>В архиве %1. При объединении берутся только переменные, если не взять также и файлы; «%2» сохраняет свою папку с кодом, если не привязать проект к новой.</translation>
    </message>
</context>
<context>
    <name>ItemAuthor</name>
    <message>
        <source>%1 (platform)</source>
        <translation>%1 (платформа)</translation>
    </message>
</context>
<context>
    <name>ItemTab</name>
    <message>
        <source>Loading %1 of %2…</source>
        <translation>Загрузка: %1 из %2…</translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation>Копировать &amp;имя</translation>
    </message>
    <message>
        <source>Copied the name %1.</source>
        <translation>Имя %1 скопировано.</translation>
    </message>
</context>
<context>
    <name>ItemTableView</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Фильтр (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation>Пустой список</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>QCA does not offer %1. Install the OpenSSL plugin of QCA (qca-ossl).</source>
        <translation>QCA не поддерживает %1. Установите модуль OpenSSL для QCA (qca-ossl).</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Разблокировать…</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>Master password</source>
        <translation>Мастер-пароль</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Разблокировать хранилище</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Create vault…</source>
        <translation>&amp;Создать хранилище…</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Создать хранилище</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BotVault</source>
        <translation>BotVault</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>&amp;Заблокировать хранилище</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Add secret or variable…</source>
        <translation>&amp;Добавить секрет или переменную…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation>&amp;Секреты</translation>
    </message>
    <message>
        <source>&amp;Environment variables</source>
        <translation>&amp;Переменные окружения</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About BotVault</source>
        <translation>&amp;О программе BotVault</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Разблокировано</translation>
    </message>
    <message>
        <source>The vault is locked; its keys are wiped from memory.</source>
        <translation>Хранилище заблокировано; его ключи стёрты из памяти.</translation>
    </message>
    <message>
        <source>The vault is unlocked; it locks itself after inactivity (Ctrl+L locks now).</source>
        <translation>Хранилище разблокировано; при бездействии оно заблокируется само (Ctrl+L — заблокировать сейчас).</translation>
    </message>
    <message>
        <source>Vault locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>Vault unlocked.</source>
        <translation>Хранилище разблокировано.</translation>
    </message>
    <message>
        <source>About BotVault</source>
        <translation>О программе BotVault</translation>
    </message>
    <message>
        <source>BotVault %1

Secrets and environment variables for chatbot projects, kept in an encrypted local vault.</source>
        <translation>BotVault %1

Секреты и переменные окружения проектов чат-ботов в зашифрованном локальном хранилище.</translation>
    </message>
    <message>
        <source>&amp;Import project…</source>
        <translation>&amp;Импорт проекта…</translation>
    </message>
    <message>
        <source>Add a project from a ZIP file: a BotVault export or a bot platform project.</source>
        <translation>Добавить проект из ZIP-файла: экспорта BotVault или проекта платформы ботов.</translation>
    </message>
    <message>
        <source>&amp;Export project…</source>
        <translation>&amp;Экспорт проекта…</translation>
    </message>
    <message>
        <source>Save the project as a ZIP file: its bot code, the variables marked for export and the secret names.</source>
        <translation>Сохранить проект в ZIP-файл: код бота, переменные, отмеченные для экспорта, и имена секретов.</translation>
    </message>
    <message>
        <source>Import .en&amp;v file…</source>
        <translation>И&amp;мпорт из файла .env…</translation>
    </message>
    <message>
        <source>Add variables and secrets from NAME=value lines.</source>
        <translation>Добавить переменные и секреты из строк NAME=value.</translation>
    </message>
    <message>
        <source>Save the project&apos;s variables as NAME=value lines; secrets are not exported.</source>
        <translation>Сохранить переменные проекта как строки NAME=value; секреты не экспортируются.</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>П&amp;роект</translation>
    </message>
    <message>
        <source>&amp;Rescan the bot&apos;s code</source>
        <translation>Проверить код бота &amp;заново</translation>
    </message>
    <message>
        <source>Export .env &amp;file…</source>
        <translation>Эк&amp;спорт в файл .env…</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Каналы</translation>
    </message>
    <message>
        <source>Change &amp;master password…</source>
        <translation>Сменить &amp;мастер-пароль…</translation>
    </message>
    <message>
        <source>Changed the master password; every record is re-encrypted under a new data key.</source>
        <translation>Мастер-пароль изменён; каждая запись перешифрована под новым ключом данных.</translation>
    </message>
    <message>
        <source>Changed the master password.</source>
        <translation>Мастер-пароль изменён.</translation>
    </message>
    <message>
        <source>Search &amp;all projects…</source>
        <translation>Поиск по &amp;всем проектам…</translation>
    </message>
    <message>
        <source>Find a name in every project, or a text in variables&apos; values.</source>
        <translation>Найти имя во всех проектах или текст в значениях переменных.</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <source>The project of that result is no longer in the vault.</source>
        <translation>Проекта, к которому относится этот результат, больше нет в хранилище.</translation>
    </message>
    <message>
        <source>%1 is no longer in project %2.</source>
        <translation>%1 больше нет в проекте %2.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Reloaded the vault.</source>
        <translation>Хранилище перечитано.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>MoveToSecretDialog</name>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Перенести</translation>
    </message>
    <message>
        <source>Move to a secret</source>
        <translation>Перенести в секрет</translation>
    </message>
    <message>
        <source>Store the value at %1 (%2, %3) as a secret of the project, and read it in the code with $secrets.get. The file as it was is kept as a backup outside the source folder.</source>
        <translation>Сохранить значение из %1 (%2, %3) как секрет проекта и читать его в коде через $secrets.get. Прежняя версия файла сохраняется как резервная копия вне папки с кодом.</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Имя секрета</translation>
    </message>
    <message>
        <source>The change to the file</source>
        <translation>Изменение файла</translation>
    </message>
    <message>
        <source>Secret &amp;name:</source>
        <translation>&amp;Имя секрета:</translation>
    </message>
    <message>
        <source>The change:</source>
        <translation>Изменение:</translation>
    </message>
    <message>
        <source>The project already has a secret named %1: choose another name.</source>
        <translation>В проекте уже есть секрет с именем %1: выберите другое имя.</translation>
    </message>
    <message>
        <source>The value is now the secret %1, and %2 reads it. The file as it was is kept in %3: it still holds the key, so delete it once the bot works, and rotate the key, which is still in the folder&apos;s history.</source>
        <translation>Теперь значение хранится в секрете %1, и %2 читает его. Прежняя версия файла сохранена в %3: в ней всё ещё есть ключ, поэтому удалите её, как только убедитесь, что бот работает, и смените сам ключ — он остаётся в истории папки.</translation>
    </message>
    <message>
        <source>The check of the names the bot reads failed: %1</source>
        <translation>Не удалось проверить имена, которые читает бот: %1</translation>
    </message>
    <message>
        <source>Check: the code reads the secret %1, and the project has it.</source>
        <translation>Проверка: код читает секрет %1, и он есть в проекте.</translation>
    </message>
    <message>
        <source>Check: every name the bot reads is defined.</source>
        <translation>Проверка: все имена, которые читает бот, заданы.</translation>
    </message>
    <message numerus="yes">
        <source>Check: the bot reads %n name(s) the project lacks.</source>
        <translation>
            <numerusform>Проверка: бот читает %n имя, которого нет в проекте.</numerusform>
            <numerusform>Проверка: бот читает %n имени, которых нет в проекте.</numerusform>
            <numerusform>Проверка: бот читает %n имён, которых нет в проекте.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>The name may contain only Latin letters, digits and underscores: &apos;%1&apos; contains a space at position %2.</source>
        <translation>Имя может содержать только латинские буквы, цифры и подчёркивания: в «%1» пробел в позиции %2.</translation>
    </message>
    <message>
        <source>The name may contain only Latin letters, digits and underscores: &apos;%1&apos; contains the whitespace character %2 at position %3.</source>
        <translation>Имя может содержать только латинские буквы, цифры и подчёркивания: в «%1» пробельный символ %2 в позиции %3.</translation>
    </message>
    <message>
        <source>The name may contain only Latin letters, digits and underscores: &apos;%1&apos; contains the non-printable character %2 at position %3.</source>
        <translation>Имя может содержать только латинские буквы, цифры и подчёркивания: в «%1» непечатаемый символ %2 в позиции %3.</translation>
    </message>
    <message>
        <source>The name may contain only Latin letters, digits and underscores: &apos;%1&apos; contains the combining mark %2 at position %3.</source>
        <translation>Имя может содержать только латинские буквы, цифры и подчёркивания: в «%1» комбинируемый знак %2 в позиции %3.</translation>
    </message>
    <message>
        <source>The name may contain only Latin letters, digits and underscores: &apos;%1&apos; contains &apos;%2&apos; at position %3.</source>
        <translation>Имя может содержать только латинские буквы, цифры и подчёркивания: в «%1» символ «%2» в позиции %3.</translation>
    </message>
    <message>
        <source>The name may contain only the Latin letters A-Z and a-z, the digits 0-9 and underscores: &apos;%1&apos; contains &apos;%2&apos; (%3) at position %4.</source>
        <translation>Имя может содержать только латинские буквы A–Z и a–z, цифры 0–9 и подчёркивания: в «%1» символ «%2» (%3) в позиции %4.</translation>
    </message>
    <message>
        <source>The name is empty: enter 1 to %1 Latin letters, digits or underscores.</source>
        <translation>Имя пустое: введите от 1 до %1 латинских букв, цифр или подчёркиваний.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; differs only by case from %2; scripts read names case-sensitively.</source>
        <translation>«%1» отличается от %2 только регистром букв; скрипты различают регистр в именах.</translation>
    </message>
    <message>
        <source>The project name is empty: enter 1 to %1 characters.</source>
        <translation>Имя проекта пустое: введите от 1 до %1 символов.</translation>
    </message>
    <message>
        <source>The project name contains a broken character (%1) at position %2: type the name again.</source>
        <translation>В имени проекта испорченный символ (%1) в позиции %2: введите имя заново.</translation>
    </message>
    <message>
        <source>The project name may not contain control characters or line breaks: &apos;%1&apos; contains %2 at position %3.</source>
        <translation>Имя проекта не может содержать управляющие символы и переводы строк: в «%1» символ %2 в позиции %3.</translation>
    </message>
    <message>
        <source>The project name contains only spaces or invisible characters: enter a visible name.</source>
        <translation>Имя проекта состоит только из пробелов или невидимых символов: введите видимое имя.</translation>
    </message>
    <message>
        <source>The project name starts with a space: remove the spaces before &apos;%1&apos;.</source>
        <translation>Имя проекта начинается с пробела: удалите пробелы перед «%1».</translation>
    </message>
    <message>
        <source>The project name ends with a space: remove the spaces after &apos;%1&apos;.</source>
        <translation>Имя проекта заканчивается пробелом: удалите пробелы после «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The name is %n characters long; a name may have at most %1 characters.</source>
        <translation>
            <numerusform>Длина имени — %n символ; имя может содержать не более %1 символов.</numerusform>
            <numerusform>Длина имени — %n символа; имя может содержать не более %1 символов.</numerusform>
            <numerusform>Длина имени — %n символов; имя может содержать не более %1 символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project name is %n characters long; a project name may have at most %1 characters.</source>
        <translation>
            <numerusform>Длина имени проекта — %n символ; имя проекта может содержать не более %1 символов.</numerusform>
            <numerusform>Длина имени проекта — %n символа; имя проекта может содержать не более %1 символов.</numerusform>
            <numerusform>Длина имени проекта — %n символов; имя проекта может содержать не более %1 символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameUsageBanner</name>
    <message>
        <source>Names the bot expects</source>
        <translation>Имена, которые ожидает бот</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>Проверить &amp;заново</translation>
    </message>
    <message>
        <source>Rescan the bot&apos;s code</source>
        <translation>Проверить код бота заново</translation>
    </message>
    <message>
        <source>Read the source folder again after its code changed.</source>
        <translation>Прочитать папку с кодом заново после изменения кода.</translation>
    </message>
    <message numerus="yes">
        <source>The bot expects %n secret(s) this project lacks: %1</source>
        <translation>
            <numerusform>Бот ожидает %n секрет, которого нет в этом проекте: %1</numerusform>
            <numerusform>Бот ожидает %n секрета, которых нет в этом проекте: %1</numerusform>
            <numerusform>Бот ожидает %n секретов, которых нет в этом проекте: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bot expects %n variable(s) this project lacks: %1</source>
        <translation>
            <numerusform>Бот ожидает %n переменную, которой нет в этом проекте: %1</numerusform>
            <numerusform>Бот ожидает %n переменные, которых нет в этом проекте: %1</numerusform>
            <numerusform>Бот ожидает %n переменных, которых нет в этом проекте: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a name to add it.</source>
        <translation>Нажмите на имя, чтобы добавить его.</translation>
    </message>
    <message>
        <source>Every secret and variable the bot&apos;s code reads is defined in this project.</source>
        <translation>Все секреты и переменные, которые читает код бота, заданы в этом проекте.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) defined here are not found in the bot&apos;s code; the tables mark them “unused”.</source>
        <translation>
            <numerusform>%n имя, заданное здесь, не найдено в коде бота; в таблице оно помечено «не используется».</numerusform>
            <numerusform>%n имени, заданных здесь, не найдены в коде бота; в таблицах они помечены «не используется».</numerusform>
            <numerusform>%n имён, заданных здесь, не найдены в коде бота; в таблицах они помечены «не используется».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code also reads %n name(s) computed at run time, so this check may be incomplete.</source>
        <translation>
            <numerusform>Код также читает %n имя, вычисляемое во время выполнения, поэтому проверка может быть неполной.</numerusform>
            <numerusform>Код также читает %n имени, вычисляемых во время выполнения, поэтому проверка может быть неполной.</numerusform>
            <numerusform>Код также читает %n имён, вычисляемых во время выполнения, поэтому проверка может быть неполной.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scan could not check everything (%n note(s)); hover here for details.</source>
        <translation>
            <numerusform>Проверить удалось не всё (%n замечание); наведите сюда указатель, чтобы увидеть подробности.</numerusform>
            <numerusform>Проверить удалось не всё (%n замечания); наведите сюда указатель, чтобы увидеть подробности.</numerusform>
            <numerusform>Проверить удалось не всё (%n замечаний); наведите сюда указатель, чтобы увидеть подробности.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…и ещё %n.</numerusform>
            <numerusform>…и ещё %n.</numerusform>
            <numerusform>…и ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bot&apos;s code could not be checked: %1</source>
        <translation>Не удалось проверить код бота: %1</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Read with a default (the bot uses its default while this project lacks them): %1</source>
        <translation>Читаются со значением по умолчанию (пока их нет в проекте, бот использует своё значение по умолчанию): %1</translation>
    </message>
    <message>
        <source>Every secret and variable the bot&apos;s code reads without a default is defined in this project.</source>
        <translation>Все секреты и переменные, которые код бота читает без значения по умолчанию, заданы в этом проекте.</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>Показать или скрыть подробности</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Показать подробности</translation>
    </message>
    <message>
        <source>Show one line only</source>
        <translation>Показывать только одну строку</translation>
    </message>
    <message numerus="yes">
        <source>The bot expects %n name(s) this project lacks.</source>
        <translation>
            <numerusform>Бот ожидает %n имя, которого нет в этом проекте.</numerusform>
            <numerusform>Бот ожидает %n имени, которых нет в этом проекте.</numerusform>
            <numerusform>Бот ожидает %n имён, которых нет в этом проекте.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every name the bot&apos;s code reads is defined here.</source>
        <translation>Все имена, которые читает код бота, заданы здесь.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) here are unused.</source>
        <translation>
            <numerusform>%n имя здесь не используется.</numerusform>
            <numerusform>%n имени здесь не используются.</numerusform>
            <numerusform>%n имён здесь не используются.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationProgressDialog</name>
    <message>
        <source>Connecting to the platform…</source>
        <translation>Подключение к платформе…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Show %1 while pressed</source>
        <translation>Показывать поле «%1», пока кнопка нажата</translation>
    </message>
    <message>
        <source>Hold down to show the text (Ctrl+H shows or hides it)</source>
        <translation>Удерживайте, чтобы увидеть текст (Ctrl+H показывает или скрывает его)</translation>
    </message>
</context>
<context>
    <name>PasswordGenerator</name>
    <message>
        <source>The length must be between %1 and %2 characters.</source>
        <translation>Длина должна быть от %1 до %2 символов.</translation>
    </message>
    <message>
        <source>Choose at least one set of characters.</source>
        <translation>Выберите хотя бы один набор символов.</translation>
    </message>
</context>
<context>
    <name>PasswordGeneratorDialog</name>
    <message>
        <source>&amp;Lowercase letters (a–z)</source>
        <translation>&amp;Строчные буквы (a–z)</translation>
    </message>
    <message>
        <source>&amp;Uppercase letters (A–Z)</source>
        <translation>&amp;Прописные буквы (A–Z)</translation>
    </message>
    <message>
        <source>&amp;Digits (0–9)</source>
        <translation>&amp;Цифры (0–9)</translation>
    </message>
    <message>
        <source>&amp;Symbols (!#$%…, no quotes or spaces)</source>
        <translation>Сим&amp;волы (!#$%…, без кавычек и пробелов)</translation>
    </message>
    <message>
        <source>Generate a value</source>
        <translation>Сгенерировать значение</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> символов</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>&amp;Длина:</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Использовать</translation>
    </message>
    <message>
        <source>Choose at least one set of characters.</source>
        <translation>Выберите хотя бы один набор символов.</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Very weak: %1</source>
        <translation>Очень слабый: %1</translation>
    </message>
    <message>
        <source>Weak: %1</source>
        <translation>Слабый: %1</translation>
    </message>
    <message>
        <source>Fair: %1</source>
        <translation>Средний: %1</translation>
    </message>
    <message>
        <source>Good: %1</source>
        <translation>Хороший: %1</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжный</translation>
    </message>
    <message>
        <source>the password is empty.</source>
        <translation>пароль пустой.</translation>
    </message>
    <message>
        <source>this is one of the most common passwords.</source>
        <translation>это один из самых распространённых паролей.</translation>
    </message>
    <message>
        <source>a common password with a few characters added is guessed early.</source>
        <translation>распространённый пароль с парой добавленных символов подбирается одним из первых.</translation>
    </message>
    <message>
        <source>avoid repeated characters and sequences such as &apos;aaa&apos; or &apos;abc&apos;.</source>
        <translation>избегайте повторов и последовательностей вроде «aaa» или «abc».</translation>
    </message>
    <message>
        <source>use at least 12 characters; a few unrelated words make a long password easy to remember.</source>
        <translation>используйте не меньше 12 символов; длинный пароль из нескольких не связанных слов легко запомнить.</translation>
    </message>
    <message>
        <source>make it longer or mix upper- and lower-case letters, digits and symbols.</source>
        <translation>сделайте его длиннее или смешайте прописные и строчные буквы, цифры и знаки.</translation>
    </message>
    <message>
        <source>make it a little longer.</source>
        <translation>сделайте его чуть длиннее.</translation>
    </message>
</context>
<context>
    <name>PasswordStrengthView</name>
    <message>
        <source>Weak master password</source>
        <translation>Слабый мастер-пароль</translation>
    </message>
    <message>
        <source>Use this weak password?

%1

Anyone who gets a copy of the vault file can try to guess it, and a weak password is guessed quickly.</source>
        <translation>Использовать этот слабый пароль?

%1

Любой, кто получит копию файла хранилища, может попытаться подобрать его, а слабый пароль подбирается быстро.</translation>
    </message>
</context>
<context>
    <name>PlatformAccess</name>
    <message>
        <source>The option --timeout needs a number of seconds above 0 and at most %1, not &apos;%2&apos;.</source>
        <translation>Для параметра --timeout нужно число секунд больше 0 и не больше %1, а не «%2».</translation>
    </message>
    <message>
        <source>The certificate file &apos;%1&apos; does not exist.</source>
        <translation>Файл сертификата «%1» не существует.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no PEM certificate; give the certificate of the authority that issued the server&apos;s certificate, in PEM.</source>
        <translation>В «%1» нет сертификата PEM; укажите в формате PEM сертификат центра сертификации, выпустившего сертификат сервера.</translation>
    </message>
    <message>
        <source>The environment variable %1 must be a number of 0 or more.</source>
        <translation>Переменная окружения %1 должна быть числом не меньше 0.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused, so the API token was not sent: %1 If the server uses a private certificate authority, give its certificate with --ca-file PEM.</source>
        <translation>Сертификат сервера отклонён, поэтому токен API не отправлен: %1 Если сервер использует частный центр сертификации, укажите его сертификат через --ca-file PEM.</translation>
    </message>
    <message>
        <source>%1 Check that it is the whole token, then set it again: &quot;%2&quot;.</source>
        <translation>%1 Проверьте, что токен указан целиком, и задайте его заново: «%2».</translation>
    </message>
    <message>
        <source>The outbox keeps the changes; to retry, run &quot;%1&quot;.</source>
        <translation>Изменения остаются в очереди; чтобы повторить, выполните «%1».</translation>
    </message>
    <message>
        <source>The outbox keeps the changes.</source>
        <translation>Изменения остаются в очереди.</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>The remote project id %1 is not valid: ids are whole numbers from 1 to 9007199254740991. Check the project&apos;s remote binding.</source>
        <translation>Идентификатор удалённого проекта %1 недопустим: идентификаторы — целые числа от 1 до 9007199254740991. Проверьте привязку проекта к платформе.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a platform URL. Enter an address such as https://bots.example.com.</source>
        <translation>«%1» — не URL платформы. Введите адрес вида https://bots.example.com.</translation>
    </message>
    <message>
        <source>The platform URL must not contain a user name or password. Remove them from %1; the API token is entered separately.</source>
        <translation>URL платформы не должен содержать имя пользователя или пароль. Удалите их из %1; токен API вводится отдельно.</translation>
    </message>
    <message>
        <source>The platform URL %1 must not contain &apos;?&apos; or &apos;#&apos;. Enter the server&apos;s address only.</source>
        <translation>URL платформы %1 не должен содержать «?» или «#». Введите только адрес сервера.</translation>
    </message>
    <message>
        <source>The platform URL %1 uses plain http://, which would send the API token unencrypted. Use https://; plain http:// is allowed only for 127.0.0.1 and ::1.</source>
        <translation>URL платформы %1 использует незащищённый http://, и токен API передавался бы без шифрования. Используйте https://; незащищённый http:// допускается только для 127.0.0.1 и ::1.</translation>
    </message>
    <message>
        <source>The platform URL %1 must start with https://.</source>
        <translation>URL платформы %1 должен начинаться с https://.</translation>
    </message>
    <message>
        <source>No platform URL is set. Set the platform URL in the project&apos;s remote binding.</source>
        <translation>URL платформы не задан. Укажите URL платформы в привязке проекта к платформе.</translation>
    </message>
    <message>
        <source>No API token is set for %1. Enter the token in the project&apos;s remote binding.</source>
        <translation>Для %1 не задан токен API. Введите токен в привязке проекта к платформе.</translation>
    </message>
    <message>
        <source>A delete needs the revision of the item on the server (or &quot;any revision&quot;), not &quot;create only&quot;.</source>
        <translation>Для удаления нужна ревизия элемента на сервере (или «любая ревизия»), а не «только создание».</translation>
    </message>
    <message>
        <source>The request has not finished yet.</source>
        <translation>Запрос ещё не завершён.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>The platform redirected the request to %1, another address than %2. The request was stopped so that the API token is not sent there; check the platform URL.</source>
        <translation>Платформа перенаправила запрос на другой адрес: %1 вместо %2. Запрос остановлен, чтобы токен API не был туда отправлен; проверьте URL платформы.</translation>
    </message>
    <message numerus="yes">
        <source>The platform at %1 did not finish the request within %n second(s).</source>
        <translation>
            <numerusform>Платформа по адресу %1 не завершила запрос за %n секунду.</numerusform>
            <numerusform>Платформа по адресу %1 не завершила запрос за %n секунды.</numerusform>
            <numerusform>Платформа по адресу %1 не завершила запрос за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer has no HTTP status</source>
        <translation>в ответе нет HTTP-статуса</translation>
    </message>
    <message numerus="yes">
        <source>The platform at %1 did not answer within %n second(s). Check the network connection and try again.</source>
        <translation>
            <numerusform>Платформа по адресу %1 не ответила за %n секунду. Проверьте подключение к сети и попробуйте снова.</numerusform>
            <numerusform>Платформа по адресу %1 не ответила за %n секунды. Проверьте подключение к сети и попробуйте снова.</numerusform>
            <numerusform>Платформа по адресу %1 не ответила за %n секунд. Проверьте подключение к сети и попробуйте снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform at %1 refused the connection. Check the URL and that the server is running.</source>
        <translation>Платформа по адресу %1 отклонила подключение. Проверьте URL и убедитесь, что сервер запущен.</translation>
    </message>
    <message>
        <source>The platform host %1 was not found. Check the URL and the network connection.</source>
        <translation>Сервер платформы %1 не найден. Проверьте URL и подключение к сети.</translation>
    </message>
    <message>
        <source>The connection to the platform at %1 closed before the whole answer arrived.</source>
        <translation>Соединение с платформой по адресу %1 закрылось до того, как пришёл весь ответ.</translation>
    </message>
    <message>
        <source>it is not valid HTTP</source>
        <translation>он не соответствует протоколу HTTP</translation>
    </message>
    <message>
        <source>The platform at %1 could not be reached: %2</source>
        <translation>Не удалось связаться с платформой по адресу %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (self-signed). Add the certificate of the authority that issued it to this computer&apos;s trusted certificates, or ask the server&apos;s administrator for a certificate from a trusted authority.</source>
        <translation>Сертификат сервера не является доверенным (он самоподписанный). Добавьте сертификат выпустившего его центра сертификации в доверенные сертификаты этого компьютера или попросите администратора сервера получить сертификат у доверенного центра сертификации.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: it was not issued by an authority this computer trusts. Add that authority&apos;s certificate to the trusted certificates, or check the platform URL.</source>
        <translation>Сертификат сервера не является доверенным: его выпустил центр сертификации, которому этот компьютер не доверяет. Добавьте сертификат этого центра в доверенные сертификаты или проверьте URL платформы.</translation>
    </message>
    <message>
        <source>The certificate is for another host than %1. Check the platform URL; if it is right, the server presents the wrong certificate.</source>
        <translation>Сертификат выдан не для %1, а для другого сервера. Проверьте URL платформы; если он верен, сервер предъявляет не тот сертификат.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired. Ask the server&apos;s administrator to renew it.</source>
        <translation>Срок действия сертификата сервера истёк. Попросите администратора сервера обновить сертификат.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet. Check this computer&apos;s date and time.</source>
        <translation>Сертификат сервера ещё не начал действовать. Проверьте дату и время на этом компьютере.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Сертификат сервера отклонён: %1</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established. Check the platform URL and that the server speaks HTTPS.</source>
        <translation>Не удалось установить защищённое соединение с %1. Проверьте URL платформы и убедитесь, что сервер работает по HTTPS.</translation>
    </message>
    <message>
        <source>The platform&apos;s response to %1 %2 was malformed: %3. Check that the URL points to a BotVault platform API.</source>
        <translation>Ответ платформы на %1 %2 некорректен: %3. Проверьте, что URL указывает на API платформы BotVault.</translation>
    </message>
    <message>
        <source>The platform answered HTTP %1 without an explanation.</source>
        <translation>Платформа вернула HTTP %1 без пояснений.</translation>
    </message>
    <message>
        <source>The platform answered HTTP %1: %2</source>
        <translation>Платформа вернула HTTP %1: %2</translation>
    </message>
    <message>
        <source>The platform answered HTTP %1 (%2): %3</source>
        <translation>Платформа вернула HTTP %1 (%2): %3</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>неожиданный HTTP-статус %1</translation>
    </message>
    <message>
        <source>the JSON is invalid at byte %1 (%2)</source>
        <translation>JSON некорректен в байте %1 (%2)</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>тело ответа — не объект JSON</translation>
    </message>
    <message>
        <source>the listing has no items or nextCursor</source>
        <translation>в списке нет полей items или nextCursor</translation>
    </message>
    <message>
        <source>the listing repeats its page cursor</source>
        <translation>список повторяет курсор своей страницы</translation>
    </message>
</context>
<context>
    <name>PointInTimeCommands</name>
    <message>
        <source>Name the moment with --at TIME (2026-12-01 or 2026-12-01T10:00:00Z).</source>
        <translation>Укажите момент времени с помощью --at TIME (2026-12-01 или 2026-12-01T10:00:00Z).</translation>
    </message>
    <message>
        <source>--%1 takes a date or a time in ISO 8601 form (2026-12-01 or 2026-12-01T10:00:00Z): &apos;%2&apos; is neither.</source>
        <translation>--%1 принимает дату или время в формате ISO 8601 (2026-12-01 или 2026-12-01T10:00:00Z), а «%2» — ни то ни другое.</translation>
    </message>
    <message>
        <source>(never shown)</source>
        <translation>(не показывается)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Project %1 had no secrets and no variables at %2.</source>
        <translation>На момент %2 в проекте %1 не было ни секретов, ни переменных.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>EXPORT</source>
        <translation>ЭКСПОРТ</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ИЗМЕНЁН</translation>
    </message>
    <message>
        <source>UPDATED BY</source>
        <translation>КЕМ ИЗМЕНЁН</translation>
    </message>
    <message>
        <source>add back</source>
        <translation>вернуть</translation>
    </message>
    <message>
        <source>change</source>
        <translation>изменить</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>удалить</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ИЗМЕНЕНИЕ</translation>
    </message>
    <message>
        <source>Project %1 is as it was at %2: nothing to change.</source>
        <translation>Проект %1 уже такой, каким был на момент %2: менять нечего.</translation>
    </message>
    <message>
        <source>Restore project %1 to %2? This adds back %3, changes %4 and removes %5 item(s).</source>
        <translation>Восстановить проект %1 на момент %2? Будет возвращено элементов: %3, изменено: %4, удалено: %5.</translation>
    </message>
    <message>
        <source>Restored project %1 to %2: %3 added back, %4 changed, %5 removed.</source>
        <translation>Проект %1 восстановлен на момент %2: возвращено — %3, изменено — %4, удалено — %5.</translation>
    </message>
</context>
<context>
    <name>ProjectArchive</name>
    <message>
        <source>Entry %1 of &quot;%2&quot; in %3 is not a JSON object: the archive is damaged or was not made by BotVault.</source>
        <translation>Элемент %1 списка &quot;%2&quot; в %3 — не объект JSON: архив повреждён или создан не в BotVault.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; in %3 has no name: the archive is damaged or was not made by BotVault.</source>
        <translation>У элемента %1 списка &quot;%2&quot; в %3 нет имени: архив повреждён или создан не в BotVault.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; in %3 has an invalid name. %4</source>
        <translation>У элемента %1 списка &quot;%2&quot; в %3 недопустимое имя. %4</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; appears more than once in &quot;%2&quot; in %3: the archive is damaged or was not made by BotVault.</source>
        <translation>Имя «%1» встречается в списке &quot;%2&quot; в %3 больше одного раза: архив повреждён или создан не в BotVault.</translation>
    </message>
    <message>
        <source>%1 does not say &quot;format&quot;: &quot;%2&quot;: the archive was not made by BotVault.</source>
        <translation>В %1 нет &quot;format&quot;: &quot;%2&quot;: архив создан не в BotVault.</translation>
    </message>
    <message>
        <source>%1 has no valid format version; this BotVault reads version %2.</source>
        <translation>В %1 нет допустимой версии формата; эта версия BotVault читает версию %2.</translation>
    </message>
    <message>
        <source>%1 is format version %2; this BotVault reads version %3 only. Import it with the BotVault that exported it, or a newer one.</source>
        <translation>У %1 версия формата %2, а эта версия BotVault читает только версию %3. Импортируйте архив той версией BotVault, которая его экспортировала, или более новой.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a list: the archive is damaged or was not made by BotVault.</source>
        <translation>&quot;%1&quot; в %2 — не список: архив повреждён или создан не в BotVault.</translation>
    </message>
    <message>
        <source>The variable &apos;%1&apos; in %2 has the unknown key &apos;%3&apos;: the archive was not made by this version of BotVault.</source>
        <translation>У переменной «%1» в %2 неизвестный ключ «%3»: архив создан не этой версией BotVault.</translation>
    </message>
    <message>
        <source>The variable &apos;%1&apos; in %2 has no text value: the archive is damaged or was not made by BotVault.</source>
        <translation>У переменной «%1» в %2 нет текстового значения: архив повреждён или создан не в BotVault.</translation>
    </message>
    <message>
        <source>The value of the variable &apos;%1&apos; in %2 contains a broken character (half of a surrogate pair): the archive is damaged or was not made by BotVault.</source>
        <translation>Значение переменной «%1» в %2 содержит испорченный символ (половину суррогатной пары): архив повреждён или создан не в BotVault.</translation>
    </message>
    <message>
        <source>The secret &apos;%1&apos; in %2 carries a value. A BotVault export holds the names of secrets only, so this archive was not made by BotVault; it is refused so that no secret value is imported from a file.</source>
        <translation>У секрета «%1» в %2 есть значение. Экспорт BotVault содержит только имена секретов, значит, этот архив создан не в BotVault; он отклонён, чтобы ни одно значение секрета не было импортировано из файла.</translation>
    </message>
    <message>
        <source>The secret &apos;%1&apos; in %2 has the key &apos;%3&apos;; a secret entry holds only its name, so this archive was not made by BotVault.</source>
        <translation>У секрета «%1» в %2 есть ключ «%3», а элемент секрета содержит только имя; значит, этот архив создан не в BotVault.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text: the archive is damaged or was not made by BotVault.</source>
        <translation>%1 — некорректный текст UTF-8: архив повреждён или создан не в BotVault.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3): the archive is damaged or was not made by BotVault.</source>
        <translation>%1 — некорректный JSON (%2 в байте %3): архив повреждён или создан не в BotVault.</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object: the archive is damaged or was not made by BotVault.</source>
        <translation>%1 не содержит объекта JSON: архив повреждён или создан не в BotVault.</translation>
    </message>
    <message>
        <source>%1 has the unknown key &apos;%2&apos;: the archive was not made by this version of BotVault.</source>
        <translation>В %1 неизвестный ключ «%2»: архив создан не этой версией BotVault.</translation>
    </message>
    <message>
        <source>%1 does not name the project: the archive is damaged or was not made by BotVault.</source>
        <translation>В %1 не указано имя проекта: архив повреждён или создан не в BotVault.</translation>
    </message>
    <message>
        <source>The project in %1 has the unknown key &apos;%2&apos;: the archive was not made by this version of BotVault.</source>
        <translation>У проекта в %1 неизвестный ключ «%2»: архив создан не этой версией BotVault.</translation>
    </message>
    <message>
        <source>The project name in %1 is not valid. %2</source>
        <translation>Недопустимое имя проекта в %1. %2</translation>
    </message>
    <message>
        <source>A variable to export has an invalid name. %1</source>
        <translation>У экспортируемой переменной недопустимое имя. %1</translation>
    </message>
    <message>
        <source>The variable &apos;%1&apos; is listed twice for export.</source>
        <translation>Переменная «%1» указана для экспорта дважды.</translation>
    </message>
    <message>
        <source>The value of the variable &apos;%1&apos; contains a broken character (half of a surrogate pair); edit the value before exporting.</source>
        <translation>Значение переменной «%1» содержит испорченный символ (половину суррогатной пары); исправьте значение перед экспортом.</translation>
    </message>
    <message>
        <source>A secret to export has an invalid name. %1</source>
        <translation>У экспортируемого секрета недопустимое имя. %1</translation>
    </message>
    <message>
        <source>The secret &apos;%1&apos; is listed twice for export.</source>
        <translation>Секрет «%1» указан для экспорта дважды.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Операция отменена.</translation>
    </message>
    <message>
        <source>The archive entry &apos;%1&apos;</source>
        <translation>Элемент архива «%1»</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; in the source folder</source>
        <translation>Файл «%1» в папке с кодом</translation>
    </message>
    <message>
        <source>The project file &apos;%1&apos;</source>
        <translation>Файл проекта «%1»</translation>
    </message>
    <message>
        <source>%1 has an empty name.</source>
        <translation>%1: пустое имя.</translation>
    </message>
    <message>
        <source>%1 has a control or text-direction character in its name, which would hide its real name.</source>
        <translation>%1: в имени есть управляющий символ или символ направления текста, который скрыл бы настоящее имя.</translation>
    </message>
    <message>
        <source>%1 contains a backslash, which Windows reads as a folder separator; archive paths use &apos;/&apos; only.</source>
        <translation>%1 содержит обратную косую черту, которую Windows считает разделителем папок; в путях архива используется только «/».</translation>
    </message>
    <message>
        <source>%1 is an absolute path; only paths inside the project folder are allowed.</source>
        <translation>%1 — абсолютный путь; допустимы только пути внутри папки проекта.</translation>
    </message>
    <message>
        <source>%1 starts with a drive letter; only paths inside the project folder are allowed.</source>
        <translation>%1 начинается с буквы диска; допустимы только пути внутри папки проекта.</translation>
    </message>
    <message>
        <source>%1 contains &apos;:&apos;, which Windows cannot store in a file name.</source>
        <translation>%1 содержит «:», а Windows не может хранить этот символ в имени файла.</translation>
    </message>
    <message>
        <source>%1 contains an empty path segment (&apos;//&apos; or a trailing &apos;/&apos;).</source>
        <translation>%1 содержит пустую часть пути («//» или «/» в конце).</translation>
    </message>
    <message>
        <source>%1 contains &apos;..&apos;, which would lead outside the project folder.</source>
        <translation>%1 содержит «..», что вело бы за пределы папки проекта.</translation>
    </message>
    <message>
        <source>%1 contains a &apos;.&apos; segment (&apos;./&apos;).</source>
        <translation>%1 содержит часть пути «.» («./»).</translation>
    </message>
    <message>
        <source>%1 is a file, but &apos;%2&apos; puts a folder at the same place.</source>
        <translation>%1 — файл, но «%2» требует на том же месте папку.</translation>
    </message>
    <message>
        <source>%1 appears more than once.</source>
        <translation>%1 встречается больше одного раза.</translation>
    </message>
    <message>
        <source>%1 and &apos;%2&apos; differ only in letter case or Unicode form; macOS and Windows would store them as one file.</source>
        <translation>%1 и «%2» различаются только регистром букв или формой Юникода; macOS и Windows сохранили бы их как один файл.</translation>
    </message>
    <message>
        <source>%1 is in the folder &apos;%2/&apos;, which BotVault reserves for its project file; rename that folder.</source>
        <translation>%1 лежит в папке «%2/», которую BotVault резервирует для своего файла проекта; переименуйте эту папку.</translation>
    </message>
    <message>
        <source>The archive holds more than %1 entries, more than BotVault imports; it is not a bot project export.</source>
        <translation>В архиве больше %1 элементов — больше, чем импортирует BotVault; это не экспорт проекта бота.</translation>
    </message>
    <message>
        <source>Entry %1 of the archive&apos;s central directory cannot be read: the archive is truncated or damaged.</source>
        <translation>Не удалось прочитать запись %1 центрального каталога архива: архив обрезан или повреждён.</translation>
    </message>
    <message>
        <source>Entry %1 of the archive (&apos;%2&apos;) has a name that is not valid UTF-8; BotVault cannot tell where it would be written.</source>
        <translation>Имя элемента %1 архива («%2») — некорректный UTF-8; BotVault не может определить, куда бы он был записан.</translation>
    </message>
    <message>
        <source>%1 is encrypted; BotVault imports only unencrypted archives.</source>
        <translation>%1 зашифрован; BotVault импортирует только незашифрованные архивы.</translation>
    </message>
    <message>
        <source>%1 uses compression method %2; BotVault reads only stored and deflated entries. Create the archive again with ZIP&apos;s standard compression.</source>
        <translation>%1 сжат методом %2; BotVault читает только несжатые элементы и элементы, сжатые методом Deflate. Создайте архив заново со стандартным сжатием ZIP.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a project archive may hold only files and folders.</source>
        <translation>%1 — символьная ссылка; в архиве проекта могут быть только файлы и папки.</translation>
    </message>
    <message>
        <source>%1 is not a regular file or folder (a device, pipe, socket, or a folder without a trailing &apos;/&apos;); a project archive may hold only files and folders.</source>
        <translation>%1 — не обычный файл и не папка (устройство, канал, сокет или папка без «/» в конце); в архиве проекта могут быть только файлы и папки.</translation>
    </message>
    <message>
        <source>%1 declares an impossible size: the archive is damaged.</source>
        <translation>%1 указывает невозможный размер: архив повреждён.</translation>
    </message>
    <message>
        <source>%1 cannot be located in the archive: the archive is damaged.</source>
        <translation>%1 не удаётся найти в архиве: архив повреждён.</translation>
    </message>
    <message>
        <source>The archive&apos;s central directory cannot be read: the archive is damaged.</source>
        <translation>Не удалось прочитать центральный каталог архива: архив повреждён.</translation>
    </message>
    <message>
        <source>%1 is in the folder &apos;%2/&apos;, which holds only %3 in a BotVault archive; BotVault does not know this entry.</source>
        <translation>%1 лежит в папке «%2/», в которой в архиве BotVault бывает только %3; этот элемент BotVault неизвестен.</translation>
    </message>
    <message>
        <source>%1 has a missing local header, or one that disagrees with the central directory: the archive is damaged.</source>
        <translation>%1: локальный заголовок отсутствует или расходится с центральным каталогом; архив повреждён.</translation>
    </message>
    <message>
        <source>%1 is cut off: the archive is truncated or damaged.</source>
        <translation>%1 обрывается: архив обрезан или повреждён.</translation>
    </message>
    <message>
        <source>%1 and &apos;%2&apos; share bytes in the archive; overlapping entries are a way to build a zip bomb.</source>
        <translation>%1 и «%2» занимают в архиве общие байты; перекрывающиеся элементы — способ построить ZIP-бомбу.</translation>
    </message>
    <message>
        <source>%1 has another name in its local header; the archive was altered.</source>
        <translation>%1: в локальном заголовке указано другое имя; архив был изменён.</translation>
    </message>
    <message>
        <source>Not enough memory to read the archive.</source>
        <translation>Недостаточно памяти, чтобы прочитать архив.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the archive is truncated or damaged.</source>
        <translation>%1 не удалось прочитать: архив обрезан или повреждён.</translation>
    </message>
    <message>
        <source>%1 has data after the end of its compressed stream: the archive is damaged.</source>
        <translation>%1: после конца сжатого потока есть данные; архив повреждён.</translation>
    </message>
    <message>
        <source>%1 holds invalid compressed data: the archive is damaged.</source>
        <translation>%1 содержит некорректные сжатые данные: архив повреждён.</translation>
    </message>
    <message>
        <source>%1 ends before its compressed data does: the archive is truncated or damaged.</source>
        <translation>%1 заканчивается раньше своих сжатых данных: архив обрезан или повреждён.</translation>
    </message>
    <message>
        <source>%1 declares %2 bytes but holds %3: the archive is damaged or was altered.</source>
        <translation>%1: заявлено байт — %2, а на деле — %3; архив повреждён или был изменён.</translation>
    </message>
    <message>
        <source>%1 fails its CRC check: the archive is damaged.</source>
        <translation>%1 не проходит проверку CRC: архив повреждён.</translation>
    </message>
    <message>
        <source>%1 is a folder but carries data.</source>
        <translation>%1 — папка, но содержит данные.</translation>
    </message>
    <message>
        <source>%1 declares %2 bytes but holds more: the archive is damaged or was altered.</source>
        <translation>%1: заявлено байт — %2, а на деле больше; архив повреждён или был изменён.</translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 times its compressed size; BotVault refuses it as a likely zip bomb.</source>
        <translation>%1 при распаковке превышает свой сжатый размер более чем в %2 раз; BotVault отклоняет его как вероятную ZIP-бомбу.</translation>
    </message>
    <message>
        <source>The archive inflates to more than %1 times its compressed size (stopped at &apos;%2&apos;); BotVault refuses it as a likely zip bomb.</source>
        <translation>Архив при распаковке превышает свой сжатый размер более чем в %1 раз (остановлено на «%2»); BotVault отклоняет его как вероятную ZIP-бомбу.</translation>
    </message>
    <message>
        <source>The archive holds more than %1 bytes (stopped at &apos;%2&apos;), more than BotVault imports.</source>
        <translation>В архиве больше %1 байт (остановлено на «%2») — больше, чем импортирует BotVault.</translation>
    </message>
    <message>
        <source>The archive holds no files; choose the ZIP file of a bot project.</source>
        <translation>В архиве нет файлов; выберите ZIP-файл проекта бота.</translation>
    </message>
    <message>
        <source>%1 is a link to something that does not exist; remove it or replace it with a file.</source>
        <translation>%1 — ссылка на несуществующий объект; удалите её или замените файлом.</translation>
    </message>
    <message>
        <source>%1 is a link to a file outside the folder; export would copy that file into the archive. Replace the link with a copy of the file.</source>
        <translation>%1 — ссылка на файл за пределами папки; экспорт скопировал бы этот файл в архив. Замените ссылку копией файла.</translation>
    </message>
    <message>
        <source>%1 is a link to a folder; an archive holds no links. Replace the link with a copy of the folder.</source>
        <translation>%1 — ссылка на папку, а ссылок в архиве не бывает. Замените ссылку копией папки.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); remove it from the folder.</source>
        <translation>%1 — не обычный файл (устройство, канал или сокет); уберите его из папки.</translation>
    </message>
    <message>
        <source>The source folder holds more than %1 files, more than an archive may hold.</source>
        <translation>В папке с кодом больше %1 файлов — больше, чем может быть в архиве.</translation>
    </message>
    <message>
        <source>There is no archive to read.</source>
        <translation>Нет архива для чтения.</translation>
    </message>
    <message>
        <source>The archive cannot be opened: %1</source>
        <translation>Не удалось открыть архив: %1</translation>
    </message>
    <message>
        <source>The archive is not open for reading.</source>
        <translation>Архив не открыт для чтения.</translation>
    </message>
    <message>
        <source>The archive must be read from a file; a stream cannot be checked before it is used.</source>
        <translation>Архив нужно читать из файла: поток нельзя проверить до того, как он будет использован.</translation>
    </message>
    <message>
        <source>The file is not a ZIP archive, or it is truncated or damaged: its central directory cannot be found.</source>
        <translation>Файл — не ZIP-архив, либо он обрезан или повреждён: его центральный каталог не найден.</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>Архива %1 не существует.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation>Не удалось открыть архив %1: %2</translation>
    </message>
    <message>
        <source>The source folder %1 does not exist.</source>
        <translation>Папки с кодом %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 — не папка.</translation>
    </message>
    <message>
        <source>The source folder holds more than %1 bytes, more than an archive may hold.</source>
        <translation>В папке с кодом больше %1 байт — больше, чем может быть в архиве.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не удалось прочитать: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; export again once it is saved.</source>
        <translation>%1 изменился во время чтения; экспортируйте снова, когда он будет сохранён.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed (%2); the previous file, if any, is unchanged.</source>
        <translation>Не удалось записать %1 (%2); прежний файл, если он был, не изменён.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first.</source>
        <translation>Папки %1 не существует; сначала создайте её.</translation>
    </message>
    <message>
        <source>%1 already exists and is not a folder; choose a new or empty folder.</source>
        <translation>%1 уже существует и не является папкой; выберите новую или пустую папку.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new or empty folder so that no file is overwritten.</source>
        <translation>Папка %1 не пуста; выберите новую или пустую папку, чтобы ни один файл не был перезаписан.</translation>
    </message>
    <message>
        <source>No folder can be created in %1.</source>
        <translation>В %1 нельзя создать папку.</translation>
    </message>
    <message>
        <source>%1 cannot be written to %2: %3</source>
        <translation>%1 не удалось записать в %2: %3</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>не удалось создать его папку</translation>
    </message>
    <message>
        <source>The empty folder %1 cannot be replaced.</source>
        <translation>Не удалось заменить пустую папку %1.</translation>
    </message>
    <message>
        <source>The files cannot be moved into %1.</source>
        <translation>Не удалось переместить файлы в %1.</translation>
    </message>
    <message>
        <source>The secret &apos;%1&apos; in %2 has an invalid &quot;%3&quot;: %4.</source>
        <translation>У секрета «%1» в %2 недопустимое значение &quot;%3&quot;: %4.</translation>
    </message>
    <message>
        <source>a whole number of days from 1 to %1</source>
        <translation>нужно целое число дней от 1 до %1</translation>
    </message>
    <message>
        <source>a date such as 2027-03-31</source>
        <translation>нужна дата вида 2027-03-31</translation>
    </message>
    <message>
        <source>a secret has a rotation period or an expiry date, not both</source>
        <translation>у секрета может быть либо период ротации, либо дата истечения срока, но не то и другое сразу</translation>
    </message>
    <message>
        <source>a UTC time such as 2026-12-07T10:05:40Z</source>
        <translation>нужно время в UTC вида 2026-12-07T10:05:40Z</translation>
    </message>
</context>
<context>
    <name>ProjectAtTimeDialog</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>&amp;Restore the project to this moment…</source>
        <translation>&amp;Восстановить проект на этот момент…</translation>
    </message>
    <message>
        <source>%1 at a moment</source>
        <translation>%1 на момент времени</translation>
    </message>
    <message>
        <source>The moment to show</source>
        <translation>Момент времени для показа</translation>
    </message>
    <message>
        <source>Show the project at this moment</source>
        <translation>Показать проект на этот момент</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Кем изменён</translation>
    </message>
    <message>
        <source>The project at that moment</source>
        <translation>Проект на тот момент</translation>
    </message>
    <message>
        <source>What restoring would change</source>
        <translation>Что изменит восстановление</translation>
    </message>
    <message>
        <source>Restore the project to this moment</source>
        <translation>Восстановить проект на этот момент</translation>
    </message>
    <message>
        <source>&amp;Moment:</source>
        <translation>&amp;Момент:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <source>(never shown)</source>
        <translation>(не показывается)</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Включена</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Не включена</translation>
    </message>
    <message>
        <source>The project is as it was then: restoring would change nothing.</source>
        <translation>Проект уже такой, каким был тогда: восстановление ничего не изменит.</translation>
    </message>
    <message>
        <source>Restoring would add back %1, change %2 and remove %3.</source>
        <translation>Восстановление вернёт %1, изменит %2 и удалит %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n элемент</numerusform>
            <numerusform>%n элемента</numerusform>
            <numerusform>%n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore project %1 to %2?</source>
        <translation>Восстановить проект %1 на момент %2?</translation>
    </message>
    <message>
        <source>Added back: %1</source>
        <translation>Будут возвращены: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Будут изменены: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Будут удалены: %1</translation>
    </message>
    <message>
        <source>Each change keeps a version, so this too can be undone from the history.</source>
        <translation>Для каждого изменения сохраняется версия, так что и это можно будет отменить через историю.</translation>
    </message>
    <message>
        <source>Restore the project</source>
        <translation>Восстановление проекта</translation>
    </message>
    <message>
        <source>Restored project %1: %2 added back, %3 changed, %4 removed.</source>
        <translation>Проект %1 восстановлен: возвращено — %2, изменено — %3, удалено — %4.</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <source>Added project &apos;%1&apos;.</source>
        <translation>Добавлен проект «%1».</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>СОЗДАН</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ИЗМЕНЁН</translation>
    </message>
    <message>
        <source>SOURCE FOLDER</source>
        <translation>ПАПКА С КОДОМ</translation>
    </message>
    <message>
        <source>Renamed project &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>Проект «%1» переименован в «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%n secret</source>
        <translation>
            <numerusform>%n секрет</numerusform>
            <numerusform>%n секрета</numerusform>
            <numerusform>%n секретов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets</source>
        <translation>
            <numerusform>%n секрет</numerusform>
            <numerusform>%n секрета</numerusform>
            <numerusform>%n секретов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable</source>
        <translation>
            <numerusform>%n переменная</numerusform>
            <numerusform>%n переменные</numerusform>
            <numerusform>%n переменных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variables</source>
        <translation>
            <numerusform>%n переменная</numerusform>
            <numerusform>%n переменные</numerusform>
            <numerusform>%n переменных</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed project &apos;%1&apos; with %2 and %3.</source>
        <translation>Проект «%1» удалён вместе с содержимым: %2 и %3.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist; give the folder that holds the bot&apos;s chatbot.yaml and src/.</source>
        <translation>Папки «%1» не существует; укажите папку, в которой лежат chatbot.yaml и src/ бота.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder; give the folder that holds the bot&apos;s chatbot.yaml and src/.</source>
        <translation>«%1» — не папка; укажите папку, в которой лежат chatbot.yaml и src/ бота.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no chatbot.yaml; check that it is the bot&apos;s project folder.</source>
        <translation>В «%1» нет chatbot.yaml; проверьте, что это папка проекта бота.</translation>
    </message>
    <message>
        <source>Bound project &apos;%1&apos; to the source folder &apos;%2&apos;.</source>
        <translation>Проект «%1» привязан к папке с кодом «%2».</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; has no source folder bound.</source>
        <translation>К проекту «%1» не привязана папка с кодом.</translation>
    </message>
    <message>
        <source>Unbound project &apos;%1&apos; from the source folder &apos;%2&apos;; the folder itself was not touched.</source>
        <translation>Проект «%1» отвязан от папки с кодом «%2»; сама папка не затронута.</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>(damaged project #%1)</source>
        <translation>(повреждённый проект №%1)</translation>
    </message>
    <message>
        <source>This project&apos;s record is damaged or was tampered with, so its name cannot be read. The other projects are not affected.</source>
        <translation>Запись этого проекта повреждена или была подделана, поэтому его имя прочитать нельзя. Другие проекты не затронуты.</translation>
    </message>
</context>
<context>
    <name>ProjectNameDialog</name>
    <message>
        <source>Project name</source>
        <translation>Имя проекта</translation>
    </message>
    <message>
        <source>A project named &apos;%1&apos; already exists.</source>
        <translation>Проект с именем «%1» уже существует.</translation>
    </message>
</context>
<context>
    <name>ProjectTransfer</name>
    <message>
        <source>The project no longer exists.</source>
        <translation>Проекта больше не существует.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists and is not a folder.</source>
        <translation>«%1» существует и не является папкой.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is not empty; choose a new or empty folder for the bot&apos;s source files.</source>
        <translation>Папка «%1» не пуста; выберите новую или пустую папку для исходных файлов бота.</translation>
    </message>
    <message>
        <source>Variable record #%1 of the project is damaged; the export would be incomplete.</source>
        <translation>Запись переменной №%1 в проекте повреждена; экспорт был бы неполным.</translation>
    </message>
    <message numerus="yes">
        <source>The archive holds %n source file(s); choose a folder to put them in.</source>
        <translation>
            <numerusform>В архиве %n исходный файл; выберите папку, куда его поместить.</numerusform>
            <numerusform>В архиве %n исходных файла; выберите папку, куда их поместить.</numerusform>
            <numerusform>В архиве %n исходных файлов; выберите папку, куда их поместить.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectTransferActions</name>
    <message>
        <source>Export project</source>
        <translation>Экспорт проекта</translation>
    </message>
    <message>
        <source>Project “%1” cannot be exported.

%2</source>
        <translation>Проект «%1» нельзя экспортировать.

%2</translation>
    </message>
    <message>
        <source>Import project</source>
        <translation>Импорт проекта</translation>
    </message>
    <message>
        <source>Project ZIP files (*.zip);;All files (*)</source>
        <translation>ZIP-файлы проектов (*.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Чтение и проверка %1…</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was changed.</source>
        <translation>Импорт %1 отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed.

%2</source>
        <translation>Файл %1 не импортирован; ничего не изменено.

%2</translation>
    </message>
    <message>
        <source>Export .env file</source>
        <translation>Экспорт в файл .env</translation>
    </message>
    <message>
        <source>The variables of “%1” cannot be exported.

%2</source>
        <translation>Переменные проекта «%1» нельзя экспортировать.

%2</translation>
    </message>
    <message>
        <source>Export the variables of “%1” (secrets are not exported)</source>
        <translation>Экспорт переменных проекта «%1» (секреты не экспортируются)</translation>
    </message>
    <message>
        <source>Environment files (*.env);;All files (*)</source>
        <translation>Файлы окружения (*.env);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2

Choose another folder or free some space, then export again.</source>
        <translation>Не удалось записать %1: %2

Выберите другую папку или освободите место и повторите экспорт.</translation>
    </message>
    <message>
        <source>Exported %1 of %2 to %3; secrets are not exported.</source>
        <translation>Экспортировано в %3: %1 проекта %2; секреты не экспортируются.</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n переменная</numerusform>
            <numerusform>%n переменные</numerusform>
            <numerusform>%n переменных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hard-coded key</source>
        <translation>
            <numerusform>%n ключ, записанный в коде</numerusform>
            <numerusform>%n ключа, записанных в коде</numerusform>
            <numerusform>%n ключей, записанных в коде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hard-coded keys</source>
        <translation>
            <numerusform>%n ключ, записанный в коде</numerusform>
            <numerusform>%n ключа, записанных в коде</numerusform>
            <numerusform>%n ключей, записанных в коде</numerusform>
        </translation>
    </message>
    <message>
        <source>The source folder holds %1 (%2); anyone with the archive can use them. Move them to secrets first (Show findings… on the project&apos;s page), or export anyway?</source>
        <translation>В папке с кодом есть %1 (%2); любой, у кого есть архив, может ими воспользоваться. Сначала перенести их в секреты («Показать находки…» на странице проекта) или всё равно экспортировать?</translation>
    </message>
</context>
<context>
    <name>ProjectsPanel</name>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Добавить проект</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Переименовать проект</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Удалить проект</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>&amp;Имя проекта:</translation>
    </message>
    <message>
        <source>Added project %1.</source>
        <translation>Добавлен проект %1.</translation>
    </message>
    <message>
        <source>New &amp;name for “%1”:</source>
        <translation>Новое &amp;имя для «%1»:</translation>
    </message>
    <message>
        <source>Renamed project %1 to %2.</source>
        <translation>Проект %1 переименован в %2.</translation>
    </message>
    <message>
        <source>Delete the damaged project record #%1 and everything in it? This cannot be undone.</source>
        <translation>Удалить повреждённую запись проекта №%1 со всем содержимым? Это действие нельзя отменить.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n секретом</numerusform>
            <numerusform>%n секретами</numerusform>
            <numerusform>%n секретами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n переменной</numerusform>
            <numerusform>%n переменными</numerusform>
            <numerusform>%n переменными</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the damaged project record.</source>
        <translation>Повреждённая запись проекта удалена.</translation>
    </message>
    <message>
        <source>Deleted project %1.</source>
        <translation>Проект %1 удалён.</translation>
    </message>
    <message>
        <source>&amp;Bind source folder…</source>
        <translation>Привязать папку с &amp;кодом…</translation>
    </message>
    <message>
        <source>&amp;Unbind source folder</source>
        <translation>&amp;Отвязать папку с кодом</translation>
    </message>
    <message>
        <source>Choose the folder with the bot&apos;s code (chatbot.yaml, src/), so the page can check the names the bot expects.</source>
        <translation>Выберите папку с кодом бота (chatbot.yaml, src/), чтобы на странице можно было проверить имена, которые ожидает бот.</translation>
    </message>
    <message>
        <source>Forget the source folder; its files stay where they are.</source>
        <translation>Отвязать папку с кодом; её файлы останутся на месте.</translation>
    </message>
    <message>
        <source>Source folder of “%1” (the folder with chatbot.yaml)</source>
        <translation>Папка с кодом проекта «%1» (папка с chatbot.yaml)</translation>
    </message>
    <message>
        <source>Bind source folder</source>
        <translation>Привязка папки с кодом</translation>
    </message>
    <message>
        <source>“%1” has no chatbot.yaml, so it may not be the bot&apos;s project folder: the names the bot expects are read from chatbot.yaml and the scripts under src/.

Bind project “%2” to it anyway?</source>
        <translation>В «%1» нет chatbot.yaml, поэтому это, возможно, не папка проекта бота: ожидаемые ботом имена читаются из chatbot.yaml и скриптов в src/.

Всё равно привязать к ней проект «%2»?</translation>
    </message>
    <message>
        <source>Bound project %1 to %2.</source>
        <translation>Проект %1 привязан к %2.</translation>
    </message>
    <message>
        <source>Unbind source folder</source>
        <translation>Отвязка папки с кодом</translation>
    </message>
    <message>
        <source>Project %1 is no longer bound to a source folder; its files were not touched.</source>
        <translation>Проект %1 больше не привязан к папке с кодом; её файлы не затронуты.</translation>
    </message>
    <message>
        <source>Delete project “%1” with %2 and %3?

Until it is purged, Edit → Recently deleted… brings it back, without its platform binding.</source>
        <translation>Удалить проект «%1» вместе с %2 и %3?

Пока он не удалён навсегда, его можно вернуть через «Правка → Недавно удалённые…», но без привязки к платформе.</translation>
    </message>
</context>
<context>
    <name>RecordCodec</name>
    <message>
        <source>A record of the vault is malformed.</source>
        <translation>Запись хранилища имеет неверный формат.</translation>
    </message>
</context>
<context>
    <name>RemoteBindingDialog</name>
    <message>
        <source>Bind “%1” to a platform project</source>
        <translation>Привязка «%1» к проекту платформы</translation>
    </message>
    <message>
        <source>Publish and Pull send this project&apos;s secrets and variables to a project on the bot platform. Create an API token on the platform (your profile, API tokens) and paste it here.</source>
        <translation>Публикация и получение синхронизируют секреты и переменные этого проекта с проектом на платформе ботов. Создайте токен API на платформе (в своём профиле, раздел токенов API) и вставьте его сюда.</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>Адрес платформы</translation>
    </message>
    <message>
        <source>https://platform.example.com</source>
        <translation>https://platform.example.com</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Токен API</translation>
    </message>
    <message>
        <source>Leave empty to keep the current token</source>
        <translation>Оставьте пустым, чтобы сохранить текущий токен</translation>
    </message>
    <message>
        <source>Paste the API token</source>
        <translation>Вставьте токен API</translation>
    </message>
    <message>
        <source>The token is stored encrypted in this vault, never in the settings, and is sent only to this address. It is not shown again.</source>
        <translation>Токен хранится в зашифрованном виде в этом хранилище (и никогда — в настройках) и отправляется только по этому адресу. Больше он не показывается.</translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Состояние подключения</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>При&amp;вязать</translation>
    </message>
    <message>
        <source>Check the connection and save the binding</source>
        <translation>Проверить подключение и сохранить привязку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>&amp;Адрес платформы:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Токен API:</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation>Подключено как %1 (роли: %2).</translation>
    </message>
    <message>
        <source>The platform refused the token: it is wrong, expired or revoked. Create a new token on the platform and paste it here.</source>
        <translation>Платформа отклонила токен: он неверен, просрочен или отозван. Создайте на платформе новый токен и вставьте его сюда.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate was refused, so the token was not sent. Check the address; a server with a self-signed certificate must be trusted by this computer first.

%1</source>
        <translation>Сертификат платформы отклонён, поэтому токен не отправлен. Проверьте адрес; сервер с самоподписанным сертификатом сначала нужно сделать доверенным на этом компьютере.

%1</translation>
    </message>
    <message>
        <source>The platform could not be reached. Check the address and your connection, then try again.

%1</source>
        <translation>Не удалось связаться с платформой. Проверьте адрес и подключение к сети, затем попробуйте снова.

%1</translation>
    </message>
    <message>
        <source>The platform refused the request for this account&apos;s roles.

%1</source>
        <translation>Платформа отклонила запрос ролей этой учётной записи.

%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address, such as https://platform.example.com.</source>
        <translation>Введите адрес платформы, например https://platform.example.com.</translation>
    </message>
    <message>
        <source>Enter the API token for this address.</source>
        <translation>Введите токен API для этого адреса.</translation>
    </message>
    <message>
        <source>Enter the API token.</source>
        <translation>Введите токен API.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Проверка подключения…</translation>
    </message>
    <message>
        <source>%1

Save the binding anyway? You can publish once the platform can be reached.</source>
        <translation>%1

Всё равно сохранить привязку? Публиковать можно будет, когда платформа станет доступна.</translation>
    </message>
    <message>
        <source>This account cannot add, edit or delete secrets (that needs %1).</source>
        <translation>Эта учётная запись не может добавлять, изменять и удалять секреты (для этого нужна роль %1).</translation>
    </message>
    <message>
        <source>The binding was not saved: %1</source>
        <translation>Привязка не сохранена: %1</translation>
    </message>
    <message>
        <source>Platform project</source>
        <translation>Проект платформы</translation>
    </message>
    <message>
        <source>Check the connection to list the platform&apos;s projects</source>
        <translation>Проверьте подключение, чтобы получить список проектов платформы</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>Platform &amp;project:</source>
        <translation>Про&amp;ект платформы:</translation>
    </message>
    <message>
        <source>This token sees no project on the platform; create one there first.</source>
        <translation>Этот токен не видит ни одного проекта на платформе; сначала создайте проект там.</translation>
    </message>
    <message>
        <source>Choose the platform project, then press Bind.</source>
        <translation>Выберите проект платформы и нажмите «Привязать».</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>№%1  %2</translation>
    </message>
    <message>
        <source>Discard the API token you typed? It has not been saved, so you would have to paste it again.</source>
        <translation>Отбросить введённый токен API? Он не сохранён, и его придётся вставить заново.</translation>
    </message>
</context>
<context>
    <name>RemoteCommands</name>
    <message>
        <source>&apos;remote set&apos; needs --remote-project ID, the id of the project on the platform.</source>
        <translation>Для «remote set» нужен --remote-project ID — идентификатор проекта на платформе.</translation>
    </message>
    <message>
        <source>The option --remote-project needs the project&apos;s id on the platform, a whole number from 1, not &apos;%1&apos;.</source>
        <translation>Для параметра --remote-project нужен идентификатор проекта на платформе — целое число от 1, а не «%1».</translation>
    </message>
    <message>
        <source>Bound %1 to %2 project %3 as %4 (roles: %5).</source>
        <translation>Проект %1 привязан к проекту %3 на %2 от имени %4 (роли: %5).</translation>
    </message>
    <message>
        <source>%1 lacks the secrets-admin role %2: secrets can be read by name but not written.</source>
        <translation>У %1 нет роли администратора секретов %2: секреты можно читать по имени, но не записывать.</translation>
    </message>
    <message>
        <source>%1 is neither SYSTEM_ADMIN nor DEVELOPER: variables can be read but not written.</source>
        <translation>У %1 нет ни роли SYSTEM_ADMIN, ни роли DEVELOPER: переменные можно читать, но не записывать.</translation>
    </message>
    <message>
        <source>Project %1 is not bound to a platform project.</source>
        <translation>Проект %1 не привязан к проекту платформы.</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>REMOTE PROJECT</source>
        <translation>УДАЛЁННЫЙ ПРОЕКТ</translation>
    </message>
    <message>
        <source>QUEUED CHANGES</source>
        <translation>ИЗМЕНЕНИЯ В ОЧЕРЕДИ</translation>
    </message>
    <message>
        <source>UNFINISHED BATCHES</source>
        <translation>НЕЗАВЕРШЁННЫЕ ПАКЕТЫ</translation>
    </message>
    <message>
        <source>the next publish sends the unfinished batches again first, with the same idempotency keys, so the platform applies each of them once.</source>
        <translation>следующая публикация сначала повторно отправит незавершённые пакеты с теми же ключами идемпотентности, поэтому платформа применит каждый из них только один раз.</translation>
    </message>
    <message>
        <source>Unbound %1 from %2 project %3; its token and %4 queued changes were removed from the vault.</source>
        <translation>Проект %1 отвязан от проекта %3 на %2; его токен и изменения в очереди (%4) удалены из хранилища.</translation>
    </message>
    <message>
        <source>API token for %1 (not shown): </source>
        <translation>Токен API для %1 (не отображается): </translation>
    </message>
    <message>
        <source>The API token is longer than %1 bytes.</source>
        <translation>Токен API длиннее %1 байт.</translation>
    </message>
    <message>
        <source>No API token given: pipe it on standard input (one line) or type it at the prompt.</source>
        <translation>Токен API не указан: передайте его на стандартный ввод (одной строкой) или введите по запросу.</translation>
    </message>
    <message>
        <source>The API token must be one line.</source>
        <translation>Токен API должен быть одной строкой.</translation>
    </message>
    <message>
        <source>1 item of the project was never published to this platform project: the next publish compares it with the platform and sends it when the platform lacks it or holds another value. Queued changes count only the edits made since the binding.</source>
        <translation>1 элемент проекта ещё ни разу не публиковался в этот проект платформы: следующая публикация сравнит его с платформой и отправит, если на платформе его нет или там другое значение. Изменения в очереди учитывают только правки, сделанные после привязки.</translation>
    </message>
    <message>
        <source>%1 items of the project were never published to this platform project: the next publish compares them with the platform and sends every one it lacks or holds with another value. Queued changes count only the edits made since the binding.</source>
        <translation>Элементов проекта, ни разу не публиковавшихся в этот проект платформы: %1. Следующая публикация сравнит их с платформой и отправит каждый, которого на платформе нет или у которого там другое значение. Изменения в очереди учитывают только правки, сделанные после привязки.</translation>
    </message>
</context>
<context>
    <name>RotateSecretDialog</name>
    <message>
        <source>&amp;Publish at once</source>
        <translation>&amp;Опубликовать сразу</translation>
    </message>
    <message>
        <source>Rotate secret %1</source>
        <translation>Смена значения секрета %1</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Сменить значение секрета</translation>
    </message>
    <message numerus="yes">
        <source>The value of %1 was replaced %n day(s) ago.</source>
        <translation>
            <numerusform>Значение %1 заменено %n день назад.</numerusform>
            <numerusform>Значение %1 заменено %n дня назад.</numerusform>
            <numerusform>Значение %1 заменено %n дней назад.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>&amp;Новое значение:</translation>
    </message>
    <message>
        <source>New secret value</source>
        <translation>Новое значение секрета</translation>
    </message>
    <message>
        <source>Paste or type the new value; it stays masked</source>
        <translation>Вставьте или введите новое значение; оно остаётся скрытым</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>С&amp;генерировать…</translation>
    </message>
    <message>
        <source>Generate a value</source>
        <translation>Сгенерировать значение</translation>
    </message>
    <message>
        <source>Publish at once</source>
        <translation>Опубликовать сразу</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Сменить</translation>
    </message>
    <message>
        <source>This project is not bound to a platform project: the new value stays in the vault until you bind and publish it.</source>
        <translation>Этот проект не привязан к проекту платформы: новое значение останется в хранилище, пока вы не привяжете проект и не опубликуете его.</translation>
    </message>
    <message>
        <source>Once published, every channel of the platform project reads the new value at once, without a deploy.</source>
        <translation>После публикации все каналы проекта платформы сразу начнут читать новое значение, без развёртывания.</translation>
    </message>
    <message>
        <source>Once published, these channels read the new value at once, without a deploy: %1.</source>
        <translation>После публикации эти каналы сразу начнут читать новое значение, без развёртывания: %1.</translation>
    </message>
    <message>
        <source>The value is %1 bytes long; the limit is %2 bytes (64 KiB).</source>
        <translation>Длина значения — %1 байт, а предел — %2 байт (64 КиБ).</translation>
    </message>
</context>
<context>
    <name>RotationPolicyEdit</name>
    <message>
        <source>Rotation rule</source>
        <translation>Правило ротации</translation>
    </message>
    <message>
        <source>No rotation</source>
        <translation>Без ротации</translation>
    </message>
    <message>
        <source>Rotate every</source>
        <translation>Менять каждые</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Rotation period in days</source>
        <translation>Период ротации в днях</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Дата истечения срока</translation>
    </message>
</context>
<context>
    <name>RotationRules</name>
    <message>
        <source>Give a rotation period or an expiry date, not both: a secret has one rotation rule.</source>
        <translation>Укажите либо период ротации, либо дату истечения срока, но не то и другое: у секрета одно правило ротации.</translation>
    </message>
    <message>
        <source>The rotation period must be between 1 and %1 days, not %2.</source>
        <translation>Период ротации должен быть от 1 до %1 дней, а не %2.</translation>
    </message>
    <message>
        <source>The expiry date %1 is not in the future: give a date after today (%2, UTC).</source>
        <translation>Дата истечения срока %1 не в будущем: укажите дату позже сегодняшней (%2, UTC).</translation>
    </message>
    <message>
        <source>The rotation period must be a whole number of days between 1 and %1, not &apos;%2&apos;.</source>
        <translation>Период ротации должен быть целым числом дней от 1 до %1, а не «%2».</translation>
    </message>
    <message>
        <source>The expiry date must be a date in the form YYYY-MM-DD, such as 2027-03-31, not &apos;%1&apos;.</source>
        <translation>Дата истечения срока должна быть в формате YYYY-MM-DD, например 2027-03-31, а не «%1».</translation>
    </message>
    <message numerus="yes">
        <source>OK, due in %n day(s)</source>
        <translation>
            <numerusform>В порядке, сменить через %n день</numerusform>
            <numerusform>В порядке, сменить через %n дня</numerusform>
            <numerusform>В порядке, сменить через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Сменить через %n день</numerusform>
            <numerusform>Сменить через %n дня</numerusform>
            <numerusform>Сменить через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue since today</source>
        <translation>Просрочен с сегодняшнего дня</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочен на %n день</numerusform>
            <numerusform>Просрочен на %n дня</numerusform>
            <numerusform>Просрочен на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Истекает %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Каждый %n день</numerusform>
            <numerusform>Каждые %n дня</numerusform>
            <numerusform>Каждые %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>No rotation</source>
        <translation>Без ротации</translation>
    </message>
</context>
<context>
    <name>RowActionsDelegate</name>
    <message>
        <source>Edit (Enter)</source>
        <translation>Изменить (Enter)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Удалить (Del)</translation>
    </message>
</context>
<context>
    <name>RowActionsProxyModel</name>
    <message>
        <source>Edit or delete</source>
        <translation>Изменить или удалить</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
</context>
<context>
    <name>RunCommands</name>
    <message>
        <source>--allow %1: %2</source>
        <translation>--allow %1: %2</translation>
    </message>
    <message>
        <source>%1 was not passed to the command: it is read %2. Give --allow %1 to pass it.</source>
        <translation>%1 не передана команде: её читает %2. Укажите --allow %1, чтобы передать её.</translation>
    </message>
    <message>
        <source>--allow %1: project &apos;%2&apos; has no variable or secret of that name.</source>
        <translation>--allow %1: в проекте «%2» нет переменной или секрета с таким именем.</translation>
    </message>
    <message>
        <source>The command &apos;%1&apos; was not found; check its name, or give its path.</source>
        <translation>Команда «%1» не найдена; проверьте её имя или укажите путь к ней.</translation>
    </message>
    <message>
        <source>The command &apos;%1&apos; could not be started: %2.</source>
        <translation>Не удалось запустить команду «%1»: %2.</translation>
    </message>
    <message>
        <source>Variable record #%1 of project &apos;%2&apos; is damaged; the command was not started, since it would miss a value. Restore the vault from a backup.</source>
        <translation>Запись переменной №%1 в проекте «%2» повреждена; команда не запущена, так как ей не хватило бы значения. Восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
        <source>Secret record #%1 of project &apos;%2&apos; is damaged; the command was not started, since it would miss a value. Restore the vault from a backup.</source>
        <translation>Запись секрета №%1 в проекте «%2» повреждена; команда не запущена, так как ей не хватило бы значения. Восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
        <source>%1 is both a secret and a variable of project &apos;%2&apos;; the command gets the secret.</source>
        <translation>%1 — одновременно секрет и переменная проекта «%2»; команда получит секрет.</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; has no source folder bound, so there is no code to check: bind the bot&apos;s folder with: %2</source>
        <translation>К проекту «%1» не привязана папка с кодом, поэтому проверять нечего: привяжите папку бота командой: %2</translation>
    </message>
    <message>
        <source>The source folder &apos;%1&apos; of project &apos;%2&apos; does not exist any more: bind the bot&apos;s folder again with: %3</source>
        <translation>Папки с кодом «%1» проекта «%2» больше не существует: привяжите папку бота заново командой: %3</translation>
    </message>
    <message>
        <source>The bot reads %1 and %2 that project &apos;%3&apos; lacks: add them with &apos;botvault-cli secret set&apos; and &apos;botvault-cli var set&apos;.</source>
        <translation>Бот читает имена, которых нет в проекте «%3»: %1 и %2. Добавьте их командами «botvault-cli secret set» и «botvault-cli var set».</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos;, source folder &apos;%2&apos;:</source>
        <translation>Проект «%1», папка с кодом «%2»:</translation>
    </message>
    <message>
        <source>  %1  (%2)</source>
        <translation>  %1  (%2)</translation>
    </message>
    <message>
        <source>Secrets the bot reads that the project lacks:</source>
        <translation>Секреты, которые читает бот, но которых нет в проекте:</translation>
    </message>
    <message>
        <source>Variables the bot reads that the project lacks:</source>
        <translation>Переменные, которые читает бот, но которых нет в проекте:</translation>
    </message>
    <message>
        <source>Secrets the project defines that the bot never reads:</source>
        <translation>Секреты проекта, которые бот никогда не читает:</translation>
    </message>
    <message>
        <source>Variables the project defines that the bot never reads:</source>
        <translation>Переменные проекта, которые бот никогда не читает:</translation>
    </message>
    <message>
        <source>Every secret and variable the bot reads is defined.</source>
        <translation>Все секреты и переменные, которые читает бот, заданы.</translation>
    </message>
    <message>
        <source>The bot reads some secrets by a computed name, so a secret listed as never read may still be read.</source>
        <translation>Бот читает некоторые секреты по вычисляемому имени, поэтому секрет, указанный как никогда не читаемый, всё же может читаться.</translation>
    </message>
    <message>
        <source>The bot reads some variables by a computed name, so a variable listed as never read may still be read.</source>
        <translation>Бот читает некоторые переменные по вычисляемому имени, поэтому переменная, указанная как никогда не читаемая, всё же может читаться.</translation>
    </message>
    <message>
        <source>Secrets the bot reads with a default that the project lacks (read with a default: the bot uses its default):</source>
        <translation>Секреты, которые бот читает со значением по умолчанию и которых нет в проекте (при чтении со значением по умолчанию бот использует своё значение):</translation>
    </message>
    <message>
        <source>Variables the bot reads with a default that the project lacks (read with a default: the bot uses its default):</source>
        <translation>Переменные, которые бот читает со значением по умолчанию и которых нет в проекте (при чтении со значением по умолчанию бот использует своё значение):</translation>
    </message>
    <message>
        <source>Every secret and variable the bot reads without a default is defined.</source>
        <translation>Все секреты и переменные, которые бот читает без значения по умолчанию, заданы.</translation>
    </message>
</context>
<context>
    <name>ScanCommands</name>
    <message numerus="yes">
        <source>%n hard-coded credential</source>
        <translation>
            <numerusform>%n ключ доступа, записанный в коде</numerusform>
            <numerusform>%n ключа доступа, записанных в коде</numerusform>
            <numerusform>%n ключей доступа, записанных в коде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hard-coded credentials</source>
        <translation>
            <numerusform>%n ключ доступа, записанный в коде</numerusform>
            <numerusform>%n ключа доступа, записанных в коде</numerusform>
            <numerusform>%n ключей доступа, записанных в коде</numerusform>
        </translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; has no source folder bound, so there is no code to scan: bind the bot&apos;s folder with: %2</source>
        <translation>К проекту «%1» не привязана папка с кодом, поэтому проверять нечего: привяжите папку бота командой: %2</translation>
    </message>
    <message>
        <source>%1 in the source folder of project &apos;%2&apos;: move each value to a secret and read it with $secrets.get, or mark the line &apos;botvault:ignore REASON&apos; if it is not a credential.</source>
        <translation>%1 в папке с кодом проекта «%2»: перенесите каждое значение в секрет и читайте его через $secrets.get или пометьте строку «botvault:ignore REASON», если это не учётные данные.</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos;, source folder &apos;%2&apos;:</source>
        <translation>Проект «%1», папка с кодом «%2»:</translation>
    </message>
    <message>
        <source>No hard-coded credentials found in %1.</source>
        <translation>В %1 не найдено учётных данных, записанных в коде.</translation>
    </message>
    <message numerus="yes">
        <source>%n file</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 и ещё %2</translation>
    </message>
    <message>
        <source>The archive holds %1 from the source folder (%2), as --allow-findings allows.</source>
        <translation>Архив содержит %1 из папки с кодом (%2), как разрешает --allow-findings.</translation>
    </message>
    <message>
        <source>The source folder of project &apos;%1&apos; holds %2 (%3); nothing was written. Move them to secrets (see &apos;botvault-cli scan&apos;), or give --allow-findings to export them anyway.</source>
        <translation>В папке с кодом проекта «%1» есть %2 (%3); ничего не записано. Перенесите их в секреты (см. «botvault-cli scan») или укажите --allow-findings, чтобы всё равно экспортировать их.</translation>
    </message>
    <message>
        <source>Give only one of --ignore, --unignore and --move.</source>
        <translation>Укажите только один из параметров --ignore, --unignore и --move.</translation>
    </message>
    <message>
        <source>--ignore ID needs --reason TEXT saying why the finding is not a credential, and --reason goes only with --ignore.</source>
        <translation>Для --ignore ID нужен --reason TEXT с объяснением, почему находка не является учётными данными, а --reason используется только вместе с --ignore.</translation>
    </message>
    <message>
        <source>--name and --yes go only with --move.</source>
        <translation>--name и --yes используются только вместе с --move.</translation>
    </message>
    <message>
        <source>The scan found no credential with the id &apos;%1&apos; in the source folder: run &apos;botvault-cli scan&apos; and copy an id it lists.</source>
        <translation>Проверка не нашла в папке с кодом учётных данных с идентификатором «%1»: выполните &apos;botvault-cli scan&apos; и скопируйте один из показанных идентификаторов.</translation>
    </message>
    <message>
        <source>Ignored %1 (%2) in project &apos;%3&apos;; &apos;botvault-cli scan --all&apos; lists it, --unignore %4 reports it again.</source>
        <translation>Находка %1 (%2) в проекте «%3» теперь игнорируется; её показывает &apos;botvault-cli scan --all&apos;, а --unignore %4 снова включает сообщения о ней.</translation>
    </message>
    <message>
        <source>The finding %1 of project &apos;%2&apos; is reported again.</source>
        <translation>О находке %1 проекта «%2» снова сообщается.</translation>
    </message>
    <message>
        <source>  %1  %2  %3  id %4</source>
        <translation>  %1  %2  %3  ID %4</translation>
    </message>
    <message>
        <source>%1  ignored: %2</source>
        <translation>%1  игнорируется: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) ignored in the vault not shown; --all lists them.</source>
        <translation>
            <numerusform>Не показана %n находка, игнорируемая в хранилище; чтобы увидеть, добавьте --all.</numerusform>
            <numerusform>Не показаны %n находки, игнорируемые в хранилище; чтобы увидеть, добавьте --all.</numerusform>
            <numerusform>Не показано %n находок, игнорируемых в хранилище; чтобы увидеть, добавьте --all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: there is no terminal to confirm the change on. Give --yes to write it.</source>
        <translation>Ничего не изменено: нет терминала, чтобы подтвердить изменение. Укажите --yes, чтобы записать его.</translation>
    </message>
    <message>
        <source>Store the value as a secret and write this change? [y/N] </source>
        <translation>Сохранить значение как секрет и записать это изменение? [д/Н] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>д</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>--name: %1</source>
        <translation>--name: %1</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; already has a secret named %2; nothing was changed. Choose another name with --name.</source>
        <translation>В проекте «%1» уже есть секрет с именем %2; ничего не изменено. Выберите другое имя с помощью --name.</translation>
    </message>
    <message>
        <source>The secret&apos;s name %1 is suggested by the code; give --name to choose another.</source>
        <translation>Имя секрета %1 подсказано кодом; чтобы выбрать другое, укажите --name.</translation>
    </message>
    <message>
        <source>Stored the value as secret %1 of project &apos;%2&apos; and rewrote %3. The file as it was is kept in %4: it still holds the key, so delete it once the bot works, and rotate the key, which is still in the folder&apos;s history.</source>
        <translation>Значение сохранено как секрет %1 проекта «%2», файл %3 переписан. Прежняя версия файла сохранена в %4: в ней всё ещё есть ключ, поэтому удалите её, как только убедитесь, что бот работает, и смените сам ключ — он остаётся в истории папки.</translation>
    </message>
    <message>
        <source>The check of the names the bot reads failed: %1</source>
        <translation>Не удалось проверить имена, которые читает бот: %1</translation>
    </message>
    <message>
        <source>check: the code reads the secret %1, and project &apos;%2&apos; has it.</source>
        <translation>check: код читает секрет %1, и он есть в проекте «%2».</translation>
    </message>
    <message>
        <source>check: every name the bot reads is defined.</source>
        <translation>check: все имена, которые читает бот, заданы.</translation>
    </message>
    <message numerus="yes">
        <source>check: the bot reads %n name(s) the project lacks; run &apos;botvault-cli check&apos; for the list.</source>
        <translation>
            <numerusform>check: бот читает %n имя, которого нет в проекте; выполните &apos;botvault-cli check&apos;, чтобы увидеть список.</numerusform>
            <numerusform>check: бот читает %n имени, которых нет в проекте; выполните &apos;botvault-cli check&apos;, чтобы увидеть список.</numerusform>
            <numerusform>check: бот читает %n имён, которых нет в проекте; выполните &apos;botvault-cli check&apos;, чтобы увидеть список.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretCommands</name>
    <message>
        <source>Added secret %1 to project %2.</source>
        <translation>Секрет %1 добавлен в проект %2.</translation>
    </message>
    <message>
        <source>Replaced the value of secret %1 in project %2.</source>
        <translation>Значение секрета %1 в проекте %2 заменено.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ИЗМЕНЁН</translation>
    </message>
    <message>
        <source>UPDATED BY</source>
        <translation>КЕМ ИЗМЕНЁН</translation>
    </message>
    <message>
        <source>Renamed secret %1 to %2 in project %3.</source>
        <translation>Секрет %1 в проекте %3 переименован в %2.</translation>
    </message>
    <message>
        <source>Removed secret %1 from project %2.</source>
        <translation>Секрет %1 удалён из проекта %2.</translation>
    </message>
    <message>
        <source>Value of secret %1 (not shown): </source>
        <translation>Значение секрета %1 (не отображается): </translation>
    </message>
    <message>
        <source>The value of secret %1 is empty; a secret needs a value.</source>
        <translation>Значение секрета %1 пустое, а у секрета должно быть значение.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation of secret %1: %2.</source>
        <translation>Ротация секрета %1: %2.</translation>
    </message>
    <message>
        <source>Give one of --rotate-every, --expires and --no-rotation, not several.</source>
        <translation>Укажите только один из параметров --rotate-every, --expires и --no-rotation.</translation>
    </message>
    <message>
        <source>Rotation of secret %1 in project %2: %3.</source>
        <translation>Ротация секрета %1 в проекте %2: %3.</translation>
    </message>
    <message>
        <source>Secret %1 in project %2 has no rotation rule now.</source>
        <translation>У секрета %1 в проекте %2 больше нет правила ротации.</translation>
    </message>
    <message>
        <source>The value was not changed; replace it with &quot;%1&quot;.</source>
        <translation>Значение не изменено; замените его командой &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ВОЗРАСТ</translation>
    </message>
    <message>
        <source>ROTATION</source>
        <translation>РОТАЦИЯ</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>СМЕНИТЬ ДО</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>Overdue for rotation in project %1: %2. Replace each value with &quot;%3&quot;.</source>
        <translation>Просрочена ротация в проекте %1: %2. Замените каждое значение командой &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Rotated secret %1 in project %2: the new value replaced the old one.</source>
        <translation>Значение секрета %1 в проекте %2 сменено: новое значение заменило старое.</translation>
    </message>
    <message>
        <source>Publish it to reach every channel: &quot;%1&quot;.</source>
        <translation>Опубликуйте его, чтобы оно дошло до всех каналов: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The channels could not be listed: %1</source>
        <translation>Не удалось получить список каналов: %1</translation>
    </message>
    <message>
        <source>The platform project has no channels yet; every channel added will read the new value.</source>
        <translation>В проекте платформы пока нет каналов; каждый добавленный канал будет читать новое значение.</translation>
    </message>
    <message>
        <source>The new value reaches every channel without a deploy: %1.</source>
        <translation>Новое значение доходит до всех каналов без развёртывания: %1.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Add secret</source>
        <translation>Добавление секрета</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Имя секрета</translation>
    </message>
    <message>
        <source>For example API_KEY</source>
        <translation>Например, API_KEY</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Значение:</translation>
    </message>
    <message>
        <source>The current value is never shown.</source>
        <translation>Текущее значение никогда не показывается.</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Значение секрета</translation>
    </message>
    <message>
        <source>Enter the secret value</source>
        <translation>Введите значение секрета</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The vault is not open.</source>
        <translation>Хранилище не открыто.</translation>
    </message>
    <message>
        <source>Edit secret</source>
        <translation>Изменение секрета</translation>
    </message>
    <message>
        <source>Enter a new value to replace the current one</source>
        <translation>Введите новое значение, чтобы заменить текущее</translation>
    </message>
    <message>
        <source>New secret value</source>
        <translation>Новое значение секрета</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save secret</source>
        <translation>Сохранить секрет</translation>
    </message>
    <message>
        <source>A secret named &apos;%1&apos; already exists in this project.</source>
        <translation>В этом проекте уже есть секрет с именем «%1».</translation>
    </message>
    <message>
        <source>The value is %1 bytes long; the limit is %2 bytes (64 KiB).</source>
        <translation>Длина значения — %1 байт, а предел — %2 байт (64 КиБ).</translation>
    </message>
    <message>
        <source>&amp;Multi-line value (a key or certificate file)</source>
        <translation>&amp;Многострочное значение (файл ключа или сертификата)</translation>
    </message>
    <message>
        <source>Multi-line value</source>
        <translation>Многострочное значение</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>С&amp;генерировать…</translation>
    </message>
    <message>
        <source>Fill the value with a new random token or password.</source>
        <translation>Заполнить значение новым случайным токеном или паролем.</translation>
    </message>
    <message>
        <source>Generate a value</source>
        <translation>Сгенерировать значение</translation>
    </message>
    <message>
        <source>Paste or type the value, such as a PEM private key; it stays masked</source>
        <translation>Вставьте или введите значение, например закрытый ключ PEM; оно остаётся скрытым</translation>
    </message>
    <message>
        <source>The value has several lines; it cannot go into the one-line field.</source>
        <translation>Значение состоит из нескольких строк; его нельзя поместить в однострочное поле.</translation>
    </message>
    <message numerus="yes">
        <source>Generated a %n-character value; hold the eye button to see it.</source>
        <translation>
            <numerusform>Сгенерировано значение длиной %n символ; удерживайте кнопку с глазом, чтобы увидеть его.</numerusform>
            <numerusform>Сгенерировано значение длиной %n символа; удерживайте кнопку с глазом, чтобы увидеть его.</numerusform>
            <numerusform>Сгенерировано значение длиной %n символов; удерживайте кнопку с глазом, чтобы увидеть его.</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;otation:</source>
        <translation>&amp;Ротация:</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>Файл «%1» не существует.</translation>
    </message>
    <message>
        <source>Could not open the file &apos;%1&apos;: %2.</source>
        <translation>Не удалось открыть файл «%1»: %2.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is larger than %2 bytes.</source>
        <translation>Файл «%1» больше %2 байт.</translation>
    </message>
    <message>
        <source>Could not read the file &apos;%1&apos;: %2.</source>
        <translation>Не удалось прочитать файл «%1»: %2.</translation>
    </message>
    <message>
        <source>Standard input holds more than %1 bytes.</source>
        <translation>На стандартном вводе больше %1 байт.</translation>
    </message>
    <message>
        <source>Could not read standard input: %1.</source>
        <translation>Не удалось прочитать стандартный ввод: %1.</translation>
    </message>
</context>
<context>
    <name>SecretTextField</name>
    <message>
        <source>Hold down to show the text</source>
        <translation>Удерживайте, чтобы увидеть текст</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Значение секрета</translation>
    </message>
    <message>
        <source>Show %1 while pressed</source>
        <translation>Показывать поле «%1», пока кнопка нажата</translation>
    </message>
</context>
<context>
    <name>SecretTextShape</name>
    <message>
        <source>Line %1 ends a PEM block that never began.</source>
        <translation>Строка %1 завершает блок PEM, который не начинался.</translation>
    </message>
    <message>
        <source>Line %1 ends “%2”, but the block began as “%3”.</source>
        <translation>Строка %1 завершает «%2», но блок начинался как «%3».</translation>
    </message>
    <message>
        <source>Line %1 of the PEM block is not base64.</source>
        <translation>Строка %1 блока PEM — не base64.</translation>
    </message>
    <message>
        <source>The PEM block “%1” has no END line: the value may be cut short.</source>
        <translation>У блока PEM «%1» нет строки END: значение могло быть обрезано.</translation>
    </message>
    <message>
        <source>Lines: %1, bytes: %2</source>
        <translation>Строк: %1, байт: %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: looks like a PEM private key (%2).</source>
        <translation>%1: похоже на закрытый ключ PEM (%2).</translation>
    </message>
    <message>
        <source>%1: looks like a chain of PEM certificates (blocks: %2).</source>
        <translation>%1: похоже на цепочку сертификатов PEM (блоков: %2).</translation>
    </message>
    <message>
        <source>%1: looks like a PEM certificate.</source>
        <translation>%1: похоже на сертификат PEM.</translation>
    </message>
    <message>
        <source>%1: looks like a PEM block (%2).</source>
        <translation>%1: похоже на блок PEM (%2).</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>SecretsAndVariablesPage</name>
    <message>
        <source>Secrets reach every channel at once when published. Variables reach a channel when it is deployed again, so check them in the test widget first.</source>
        <translation>Секреты после публикации сразу действуют во всех каналах. Переменные попадают в канал при его следующем развёртывании, поэтому сначала проверьте их в тестовом виджете.</translation>
    </message>
    <message>
        <source>Secrets and variables</source>
        <translation>Секреты и переменные</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Секреты</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Переменные окружения</translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation>Проект не выбран</translation>
    </message>
    <message>
        <source>%1: secrets and variables</source>
        <translation>%1: секреты и переменные</translation>
    </message>
    <message>
        <source>Secrets (%L1)</source>
        <translation>Секреты (%L1)</translation>
    </message>
    <message>
        <source>Environment variables (%L1)</source>
        <translation>Переменные окружения (%L1)</translation>
    </message>
    <message>
        <source>Source folder:</source>
        <translation>Папка с кодом:</translation>
    </message>
    <message>
        <source>Checked the bot&apos;s code in %1 again.</source>
        <translation>Код бота в %1 проверен заново.</translation>
    </message>
    <message>
        <source>No source folder bound — bind one to check the names your bot expects.</source>
        <translation>Папка с кодом не привязана — привяжите её, чтобы проверить имена, которые ожидает ваш бот.</translation>
    </message>
    <message>
        <source>The bot&apos;s code: %1</source>
        <translation>Код бота: %1</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Сме&amp;нить…</translation>
    </message>
    <message>
        <source>&amp;Bind source folder…</source>
        <translation>Привязать папку с &amp;кодом…</translation>
    </message>
    <message>
        <source>Change the source folder</source>
        <translation>Сменить папку с кодом</translation>
    </message>
    <message>
        <source>Bind source folder</source>
        <translation>Привязать папку с кодом</translation>
    </message>
    <message>
        <source>Choose the folder with the bot&apos;s code (chatbot.yaml, src/).</source>
        <translation>Выберите папку с кодом бота (chatbot.yaml, src/).</translation>
    </message>
    <message>
        <source>Not found in the bot&apos;s code (chatbot.yaml, src/).</source>
        <translation>Не найдено в коде бота (chatbot.yaml, src/).</translation>
    </message>
    <message>
        <source>The code also reads names computed at run time, so this check may be incomplete.</source>
        <translation>Код также читает имена, вычисляемые во время выполнения, поэтому проверка может быть неполной.</translation>
    </message>
</context>
<context>
    <name>SecretsTab</name>
    <message>
        <source>No secret name contains “%1”.</source>
        <translation>Нет секретов, в имени которых есть «%1».</translation>
    </message>
    <message>
        <source>&amp;Add secret</source>
        <translation>&amp;Добавить секрет</translation>
    </message>
    <message>
        <source>Add secret</source>
        <translation>Добавить секрет</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Секреты</translation>
    </message>
    <message>
        <source>Added secret %1.</source>
        <translation>Добавлен секрет %1.</translation>
    </message>
    <message>
        <source>Record #%1 is damaged and cannot be edited; delete it and add the secret again.</source>
        <translation>Запись №%1 повреждена, и её нельзя изменить; удалите её и добавьте секрет заново.</translation>
    </message>
    <message>
        <source>Saved secret %1.</source>
        <translation>Секрет %1 сохранён.</translation>
    </message>
    <message>
        <source>Record #%1 is damaged and cannot be deleted from here.</source>
        <translation>Запись №%1 повреждена, и удалить её отсюда нельзя.</translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation>Удаление секрета</translation>
    </message>
    <message>
        <source>Deleted secret %1.</source>
        <translation>Секрет %1 удалён.</translation>
    </message>
    <message>
        <source>No secrets yet.

Click “Add secret” to store an API key or a password. Bot scripts read it with $secrets.get(&quot;NAME&quot;, defaultValue); the value is encrypted and never shown again.</source>
        <translation>Секретов пока нет.

Нажмите «Добавить секрет», чтобы сохранить ключ API или пароль. Скрипты бота читают его через $secrets.get(&quot;NAME&quot;, defaultValue); значение хранится в зашифрованном виде и больше никогда не показывается.</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Сменить значение…</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) overdue for rotation</source>
        <translation>
            <numerusform>%n секрет с просроченной ротацией</numerusform>
            <numerusform>%n секрета с просроченной ротацией</numerusform>
            <numerusform>%n секретов с просроченной ротацией</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within %1 days</source>
        <translation>
            <numerusform>%n секрет пора сменить в ближайшие %1 дней</numerusform>
            <numerusform>%n секрета пора сменить в ближайшие %1 дней</numerusform>
            <numerusform>%n секретов пора сменить в ближайшие %1 дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Select one and press Ctrl+Shift+R (Rotate…) to replace its value.</source>
        <translation>%1. Выберите секрет и нажмите Ctrl+Shift+R («Сменить значение…»), чтобы заменить его значение.</translation>
    </message>
    <message>
        <source>Record #%1 is damaged and cannot be rotated; delete it and add the secret again.</source>
        <translation>Запись №%1 повреждена, и сменить её значение нельзя; удалите её и добавьте секрет заново.</translation>
    </message>
    <message>
        <source>Rotated secret %1.</source>
        <translation>Значение секрета %1 сменено.</translation>
    </message>
    <message>
        <source>Delete the secret “%1” from project “%2”?

Bot scripts that read it with $secrets.get(&quot;%1&quot;) will no longer find it on any channel once this is published. Until it is purged, Edit → Recently deleted… brings it back.</source>
        <translation>Удалить секрет «%1» из проекта «%2»?

После публикации скрипты бота, читающие его через $secrets.get(&quot;%1&quot;), больше не найдут его ни в одном канале. Пока секрет не удалён навсегда, его можно вернуть через «Правка → Недавно удалённые…».</translation>
    </message>
</context>
<context>
    <name>SecretsTableModel</name>
    <message>
        <source>(damaged record #%1)</source>
        <translation>(повреждённая запись №%1)</translation>
    </message>
    <message>
        <source>This record is damaged or was tampered with, so it cannot be opened. The other secrets are not affected.</source>
        <translation>Эта запись повреждена или была подделана, поэтому открыть её нельзя. Другие секреты не затронуты.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Кем изменён</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Value replaced %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Значение заменено %1, %n день назад.</numerusform>
            <numerusform>Значение заменено %1, %n дня назад.</numerusform>
            <numerusform>Значение заменено %1, %n дней назад.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>Сменить до %1.</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Ротация</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Takes effect after restart.</source>
        <translation>Вступит в силу после перезапуска.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after:</source>
        <translation>&amp;Автоблокировка через:</translation>
    </message>
    <message>
        <source>Auto-lock after minutes</source>
        <translation>Минут до автоблокировки</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit after the number of minutes in a spin box.</extracomment>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Secrets admin role:</source>
        <translation>&amp;Роль администратора секретов:</translation>
    </message>
    <message>
        <source>Secrets admin role</source>
        <translation>Роль администратора секретов</translation>
    </message>
    <message>
        <source>&amp;Clear clipboard after:</source>
        <translation>&amp;Очищать буфер обмена через:</translation>
    </message>
    <message>
        <source>Clear clipboard after seconds</source>
        <translation>Секунд до очистки буфера обмена</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the number of seconds in a spin box.</extracomment>
        <translation> с</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Кнопки диалога</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Restore default settings</source>
        <translation>Восстановить настройки по умолчанию</translation>
    </message>
    <message>
        <source>The vault stays unlocked until you lock it or close BotVault.</source>
        <translation>Хранилище остаётся разблокированным, пока вы не заблокируете его или не закроете BotVault.</translation>
    </message>
    <message numerus="yes">
        <source>The vault locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>Хранилище блокируется через %n минуту бездействия.</numerusform>
            <numerusform>Хранилище блокируется через %n минуты бездействия.</numerusform>
            <numerusform>Хранилище блокируется через %n минут бездействия.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied values are cleared from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>Скопированные значения удаляются из буфера обмена через %n секунду.</numerusform>
            <numerusform>Скопированные значения удаляются из буфера обмена через %n секунды.</numerusform>
            <numerusform>Скопированные значения удаляются из буфера обмена через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-lock after</source>
        <translation>Автоблокировка через</translation>
    </message>
    <message>
        <source>Clear clipboard after</source>
        <translation>Очищать буфер обмена через</translation>
    </message>
    <message>
        <source>Adding, editing and deleting secrets needs this role. Choose the role that may change secrets on your bot platform: SYSTEM_ADMIN on most installations, SECURITY_ADMIN where secrets are left to the security team. If unsure, ask your platform administrator which role can edit a project&apos;s secrets.</source>
        <translation>Для добавления, изменения и удаления секретов нужна эта роль. Выберите роль, которой на вашей платформе ботов разрешено изменять секреты: SYSTEM_ADMIN в большинстве установок, SECURITY_ADMIN там, где секреты доверены службе безопасности. Если не уверены, спросите у администратора платформы, какая роль может изменять секреты проекта.</translation>
    </message>
</context>
<context>
    <name>SourceRewrite</name>
    <message>
        <source>%1 cannot be read (%2); nothing was changed.</source>
        <translation>Не удалось прочитать %1 (%2); ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is a binary or very large file; BotVault does not rewrite it.</source>
        <translation>%1 — двоичный или очень большой файл; BotVault его не переписывает.</translation>
    </message>
    <message>
        <source>%1 is gone; scan the folder again.</source>
        <translation>Файла %1 больше нет; проверьте папку заново.</translation>
    </message>
    <message>
        <source>%1 is not a regular file inside the source folder; BotVault does not rewrite it.</source>
        <translation>%1 — не обычный файл внутри папки с кодом; BotVault его не переписывает.</translation>
    </message>
    <message>
        <source>%1: a private key spans several lines; store it as a secret and remove it from the file by hand.</source>
        <translation>%1: закрытый ключ занимает несколько строк; сохраните его как секрет и удалите из файла вручную.</translation>
    </message>
    <message>
        <source>%1: only JavaScript files can read a secret with $secrets.get, and this line is not a comment. Read the value in a .js file instead, or store it as a secret and edit the file by hand.</source>
        <translation>%1: читать секрет через $secrets.get могут только файлы JavaScript, а эта строка — не комментарий. Читайте значение в файле .js или сохраните его как секрет и отредактируйте файл вручную.</translation>
    </message>
    <message>
        <source>%1: the value is not in a quoted string, so BotVault cannot tell what to replace; edit the line by hand.</source>
        <translation>%1: значение не заключено в кавычки, поэтому BotVault не может определить, что заменять; отредактируйте строку вручную.</translation>
    </message>
    <message>
        <source>%1 changed since the scan; nothing was changed. Scan the folder again.</source>
        <translation>Файл %1 изменился после проверки; ничего не изменено. Проверьте папку заново.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created; nothing was changed.</source>
        <translation>Не удалось создать папку для резервных копий %1; ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written (%2); nothing was changed.</source>
        <translation>Не удалось записать резервную копию %1 (%2); ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); it was not changed.</source>
        <translation>Не удалось записать %1 (%2); файл не изменён.</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>The vault database could not be read or written</source>
        <translation>Не удалось прочитать или записать базу данных хранилища</translation>
    </message>
    <message>
        <source>The vault file %1 could not be opened</source>
        <translation>Не удалось открыть файл хранилища %1</translation>
    </message>
    <message>
        <source>The vault database could not be read</source>
        <translation>Не удалось прочитать базу данных хранилища</translation>
    </message>
    <message>
        <source>The vault&apos;s write-ahead log could not be checkpointed</source>
        <translation>Не удалось перенести журнал упреждающей записи (WAL) в базу хранилища</translation>
    </message>
    <message>
        <source>Another program is using the vault; try again.</source>
        <translation>Хранилище занято другой программой; попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>StartupVariables</name>
    <message>
        <source>by the dynamic loader, which loads the libraries it names into every program</source>
        <translation>динамический загрузчик, который загружает названные в ней библиотеки в каждую программу</translation>
    </message>
    <message>
        <source>by the C or TLS library of every program, which loads modules or files from where it points</source>
        <translation>библиотека C или TLS каждой программы, которая загружает модули или файлы оттуда, куда она указывает</translation>
    </message>
    <message>
        <source>by the shells, which run the code, files or commands it names as they start</source>
        <translation>командная оболочка, которая при запуске выполняет названные в ней код, файлы или команды</translation>
    </message>
    <message>
        <source>by every program that starts another by name, which runs the first one found where it points</source>
        <translation>каждая программа, запускающая другую по имени: запускается первая найденная там, куда она указывает</translation>
    </message>
    <message>
        <source>by Node.js and npm, which load the code it names</source>
        <translation>Node.js или npm, которые загружают названный в ней код</translation>
    </message>
    <message>
        <source>by Python, which loads the code it names</source>
        <translation>Python, который загружает названный в ней код</translation>
    </message>
    <message>
        <source>by Perl, which loads the code it names</source>
        <translation>Perl, который загружает названный в ней код</translation>
    </message>
    <message>
        <source>by Ruby, which loads the code it names</source>
        <translation>Ruby, который загружает названный в ней код</translation>
    </message>
    <message>
        <source>by the Java virtual machine, which takes options and code from it</source>
        <translation>виртуальная машина Java, которая берёт из неё параметры и код</translation>
    </message>
    <message>
        <source>by PHP, whose settings from there can run code before every script</source>
        <translation>PHP, чьи настройки оттуда могут выполнять код перед каждым скриптом</translation>
    </message>
    <message>
        <source>by Lua, which runs or loads the code it names</source>
        <translation>Lua, который выполняет или загружает названный в ней код</translation>
    </message>
    <message>
        <source>by git, ssh, less and other programs, which run the command it names</source>
        <translation>git, ssh, less или другая программа, которая выполняет названную в ней команду</translation>
    </message>
    <message>
        <source>by most programs, which read their configuration from there, and some settings run commands</source>
        <translation>большинство программ: они читают оттуда свои настройки, а некоторые настройки выполняют команды</translation>
    </message>
    <message>
        <source>by Qt and GTK programs, which load plug-ins from where it points</source>
        <translation>программа на Qt или GTK, которая загружает подключаемые модули оттуда, куда она указывает</translation>
    </message>
    <message>
        <source>by TLS libraries, which trust the certificates it names or write their session keys there</source>
        <translation>библиотека TLS, которая доверяет названным в ней сертификатам или записывает туда сеансовые ключи</translation>
    </message>
    <message>
        <source>%1 is read %2, so its value decides what runs; &apos;botvault-cli run&apos; passes it to a command only when named with --allow %1.</source>
        <translation>Переменную %1 читает %2, поэтому её значение определяет, что будет выполнено; «botvault-cli run» передаёт её команде, только если она указана в --allow %1.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Give --keep-local or --take-remote, not both.</source>
        <translation>Укажите --keep-local или --take-remote, но не оба сразу.</translation>
    </message>
    <message>
        <source>Project %1 is not bound to a platform project: bind it with &quot;%2&quot;.</source>
        <translation>Проект %1 не привязан к проекту на платформе: привяжите его командой «%2».</translation>
    </message>
    <message>
        <source>Conflicts (%1):</source>
        <translation>Конфликты (%1):</translation>
    </message>
    <message>
        <source>Project %1 and %2 project %3 (as %4):</source>
        <translation>Проект %1 и проект %3 на %2 (от имени %4):</translation>
    </message>
    <message>
        <source>%1 unfinished batches of an earlier publish are sent again first, with their keys.</source>
        <translation>Незавершённые пакеты прошлой публикации (%1) сначала отправляются повторно, с их ключами.</translation>
    </message>
    <message>
        <source>Add on the platform</source>
        <translation>Добавить на платформе</translation>
    </message>
    <message>
        <source>Change on the platform</source>
        <translation>Изменить на платформе</translation>
    </message>
    <message>
        <source>Remove from the platform</source>
        <translation>Удалить с платформы</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Only on the platform</source>
        <translation>Только на платформе</translation>
    </message>
    <message>
        <source>Changed on the platform (brought in by &apos;pull&apos;)</source>
        <translation>Изменено на платформе (переносится командой «pull»)</translation>
    </message>
    <message>
        <source>Add here</source>
        <translation>Добавить здесь</translation>
    </message>
    <message>
        <source>Change here</source>
        <translation>Изменить здесь</translation>
    </message>
    <message>
        <source>Remove here</source>
        <translation>Удалить здесь</translation>
    </message>
    <message>
        <source>Secrets replaced on the platform</source>
        <translation>Секреты, заменённые на платформе</translation>
    </message>
    <message>
        <source>Local changes waiting to be published</source>
        <translation>Локальные изменения, ожидающие публикации</translation>
    </message>
    <message>
        <source>  No differences.</source>
        <translation>  Различий нет.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Пробный запуск: ничего не отправлено.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный запуск: ничего не записано.</translation>
    </message>
    <message>
        <source>%1 changed both in this vault and on the platform; nothing was sent or written. Choose a side: &quot;%2&quot; keeps this vault&apos;s values, &quot;%3&quot; takes the platform&apos;s.</source>
        <translation>%1 изменены и в этом хранилище, и на платформе; ничего не отправлено и не записано. Выберите сторону: «%2» оставляет значения этого хранилища, «%3» берёт значения платформы.</translation>
    </message>
    <message>
        <source>Nothing to publish.</source>
        <translation>Публиковать нечего.</translation>
    </message>
    <message>
        <source>Nothing to pull.</source>
        <translation>Получать нечего.</translation>
    </message>
    <message>
        <source>Published %1 in %2.</source>
        <translation>Опубликовано %1, отправлено %2.</translation>
    </message>
    <message>
        <source>%1 of them were unfinished batches of an earlier publish, sent again with their keys.</source>
        <translation>Из них повторно отправлены с их ключами незавершённые пакеты прошлой публикации: %1.</translation>
    </message>
    <message>
        <source>Pulled %1 into project %2.</source>
        <translation>В проект %2 получено %1.</translation>
    </message>
    <message>
        <source>The platform changed %1 since this vault last saw them; their batch was not applied and the outbox keeps it. Run &quot;%2&quot; to see both sides and choose.</source>
        <translation>Платформа изменила %1 с тех пор, как хранилище их видело; их пакет не применён и остаётся в очереди. Выполните «%2», чтобы увидеть обе стороны и выбрать.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>no roles</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>B&amp;ind to platform project…</source>
        <translation>Привязать к проекту пла&amp;тформы…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>Опу&amp;бликовать…</translation>
    </message>
    <message>
        <source>P&amp;ull…</source>
        <translation>Полу&amp;чить…</translation>
    </message>
    <message>
        <source>Unbind from p&amp;latform</source>
        <translation>Отвязать от платфор&amp;мы</translation>
    </message>
    <message>
        <source>Choose the platform project this project publishes to, and its API token.</source>
        <translation>Выбрать проект платформы, в который публикуется этот проект, и его токен API.</translation>
    </message>
    <message>
        <source>Send this project&apos;s changes to the platform, after showing what will change.</source>
        <translation>Отправить изменения этого проекта на платформу, предварительно показав, что изменится.</translation>
    </message>
    <message>
        <source>Bring the platform&apos;s changes into this vault, after showing what will change.</source>
        <translation>Перенести изменения с платформы в это хранилище, предварительно показав, что изменится.</translation>
    </message>
    <message>
        <source>Stop publishing this project; its secrets and variables stay here.</source>
        <translation>Прекратить публикацию этого проекта; его секреты и переменные останутся здесь.</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <source>Your platform account %1 has the roles %2; adding, editing and deleting secrets needs %3.</source>
        <translation>Роли вашей учётной записи %1 на платформе: %2. Для добавления, изменения и удаления секретов нужна роль %3.</translation>
    </message>
    <message>
        <source>Your platform account %1 has the roles %2; adding, editing and deleting variables needs SYSTEM_ADMIN or DEVELOPER.</source>
        <translation>Роли вашей учётной записи %1 на платформе: %2. Для добавления, изменения и удаления переменных нужна роль SYSTEM_ADMIN или DEVELOPER.</translation>
    </message>
    <message>
        <source>Change platform b&amp;inding…</source>
        <translation>Изменить привязку к пла&amp;тформе…</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>синхронизация…</translation>
    </message>
    <message>
        <source>sync state unknown: %1</source>
        <translation>состояние синхронизации неизвестно: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to publish</source>
        <translation>
            <numerusform>%n изменение к публикации</numerusform>
            <numerusform>%n изменения к публикации</numerusform>
            <numerusform>%n изменений к публикации</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>синхронизировано</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>ещё не подключено</translation>
    </message>
    <message>
        <source>Platform: %1 — %2</source>
        <translation>Платформа: %1 — %2</translation>
    </message>
    <message>
        <source>Platform project #%1 at %2</source>
        <translation>Проект платформы №%1 на %2</translation>
    </message>
    <message>
        <source>“%1” is bound to platform project #%2 at %3. Publish sends its secrets and variables there.</source>
        <translation>Проект «%1» привязан к проекту платформы №%2 на %3. Публикация отправляет туда его секреты и переменные.</translation>
    </message>
    <message>
        <source>Unbind “%1” from platform project #%2 at %3?</source>
        <translation>Отвязать проект «%1» от проекта платформы №%2 на %3?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not published yet will be dropped from the queue. </source>
        <translation>
            <numerusform>%n неопубликованное изменение будет удалено из очереди. </numerusform>
            <numerusform>%n неопубликованных изменения будут удалены из очереди. </numerusform>
            <numerusform>%n неопубликованных изменений будут удалены из очереди. </numerusform>
        </translation>
    </message>
    <message>
        <source>The secrets and variables stay in this vault and on the platform; the stored API token is deleted.</source>
        <translation>Секреты и переменные останутся в этом хранилище и на платформе; сохранённый токен API будет удалён.</translation>
    </message>
    <message>
        <source>Unbind from platform</source>
        <translation>Отвязать от платформы</translation>
    </message>
    <message>
        <source>“%1” is no longer bound to the platform.</source>
        <translation>Проект «%1» больше не привязан к платформе.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Получение</translation>
    </message>
    <message>
        <source>“%1” is up to date with the platform.</source>
        <translation>Проект «%1» синхронизирован с платформой.</translation>
    </message>
    <message numerus="yes">
        <source>Published “%1”: sent %n change(s)</source>
        <translation>
            <numerusform>Проект «%1» опубликован: отправлено %n изменение</numerusform>
            <numerusform>Проект «%1» опубликован: отправлено %n изменения</numerusform>
            <numerusform>Проект «%1» опубликован: отправлено %n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n request(s).</source>
        <translation>
            <numerusform>в %n запросе.</numerusform>
            <numerusform>в %n запросах.</numerusform>
            <numerusform>в %n запросах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing stopped: items were changed on the platform meanwhile, and nothing was overwritten. Choose a side for each conflict, then publish again.</source>
        <translation>Публикация остановлена: тем временем на платформе изменились элементы, и ничего не перезаписано. Выберите сторону для каждого конфликта и опубликуйте снова.</translation>
    </message>
    <message numerus="yes">
        <source>Publishing “%1” was cancelled; %n change(s) are still queued.</source>
        <translation>
            <numerusform>Публикация проекта «%1» отменена; в очереди остаётся %n изменение.</numerusform>
            <numerusform>Публикация проекта «%1» отменена; в очереди остаются %n изменения.</numerusform>
            <numerusform>Публикация проекта «%1» отменена; в очереди остаётся %n изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n change(s) from the platform into “%1”.</source>
        <translation>
            <numerusform>В проект «%1» с платформы получено %n изменение.</numerusform>
            <numerusform>В проект «%1» с платформы получено %n изменения.</numerusform>
            <numerusform>В проект «%1» с платформы получено %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform changed again while pulling; nothing was written. Check the plan again.</source>
        <translation>Во время получения данные на платформе снова изменились; ничего не записано. Проверьте план ещё раз.</translation>
    </message>
    <message>
        <source>Pulling into “%1” was cancelled; nothing was written.</source>
        <translation>Получение в проект «%1» отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1: отменено.</translation>
    </message>
    <message>
        <source>The platform refused the project&apos;s API token: it is wrong, expired or revoked. Choose Project → Change platform binding… and enter a new token.</source>
        <translation>Платформа отклонила токен API проекта: он неверен, просрочен или отозван. Выберите «Проект → Изменить привязку к платформе…» и введите новый токен.</translation>
    </message>
    <message>
        <source>The project is not bound to a platform project, or its API token is missing. Choose Project → Bind to platform project….</source>
        <translation>Проект не привязан к проекту платформы, или его токен API отсутствует. Выберите «Проект → Привязать к проекту платформы…».</translation>
    </message>
    <message>
        <source>%1

The queued changes include a damaged record; nothing after it was sent.</source>
        <translation>%1

Среди изменений в очереди есть повреждённая запись; ничего после неё не отправлено.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling… changes already sent are recorded.</source>
        <translation>Отмена… уже отправленные изменения учтены.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to pull</source>
        <translation>
            <numerusform>%n изменение для загрузки</numerusform>
            <numerusform>%n изменения для загрузки</numerusform>
            <numerusform>%n изменений для загрузки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged change(s)</source>
        <translation>
            <numerusform>%n повреждённое изменение</numerusform>
            <numerusform>%n повреждённых изменения</numerusform>
            <numerusform>%n повреждённых изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>nothing to publish</source>
        <translation>публиковать нечего</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The platform&apos;s answer to a batch of changes does not match the request (%1). The batch stays queued and is sent again with the same key on the next publish.</source>
        <translation>Ответ платформы на пакет изменений не соответствует запросу (%1). Пакет остаётся в очереди и будет снова отправлен с тем же ключом при следующей публикации.</translation>
    </message>
    <message>
        <source>A stored batch of changes could not be read back. Remove the project&apos;s remote binding and bind it again to start over; the platform&apos;s revisions will show what was applied.</source>
        <translation>Не удалось прочитать сохранённый пакет изменений. Удалите привязку проекта к платформе и привяжите его заново, чтобы начать сначала; ревизии на платформе покажут, что было применено.</translation>
    </message>
    <message>
        <source>%1 results for %2 changes</source>
        <translation>результатов: %1, изменений: %2</translation>
    </message>
    <message>
        <source>result %1 names another item</source>
        <translation>результат %1 относится к другому элементу</translation>
    </message>
    <message>
        <source>result %1 has no revision</source>
        <translation>в результате %1 нет ревизии</translation>
    </message>
    <message>
        <source>This project is already syncing. Wait for the running publish or pull to finish, or cancel it.</source>
        <translation>Этот проект уже синхронизируется. Дождитесь окончания текущей публикации или получения либо отмените эту операцию.</translation>
    </message>
    <message>
        <source>secret &apos;%1&apos;</source>
        <translation>секрет «%1»</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos;</source>
        <translation>переменная «%1»</translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing more was sent.</source>
        <translation>Операция отменена; больше ничего не отправлено.</translation>
    </message>
    <message>
        <source>The platform refused the API token: it is unknown, revoked or expired. Enter a new token in the project&apos;s remote binding.</source>
        <translation>Платформа отклонила токен API: он неизвестен, отозван или просрочен. Введите новый токен в привязке проекта к платформе.</translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was written.</source>
        <translation>Операция отменена; ничего не записано.</translation>
    </message>
    <message>
        <source>Reading the platform&apos;s secrets</source>
        <translation>Чтение секретов платформы</translation>
    </message>
    <message>
        <source>Reading the platform&apos;s variables</source>
        <translation>Чтение переменных платформы</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>The plan has conflicts without a choice. Choose for each conflict whether to keep the local side or take the platform&apos;s, then publish again.</source>
        <translation>В плане есть конфликты, по которым не сделан выбор. Для каждого конфликта выберите, оставить локальную версию или взять версию платформы, затем опубликуйте снова.</translation>
    </message>
    <message>
        <source>Publishing secrets needs the %1 role on the platform, and %2 does not have it. Nothing was sent; the changes stay queued. Ask the platform&apos;s administrator for the role, or use a token of a user who has it.</source>
        <translation>Для публикации секретов нужна роль %1 на платформе, а у %2 её нет. Ничего не отправлено; изменения остаются в очереди. Попросите администратора платформы выдать эту роль или используйте токен пользователя, у которого она есть.</translation>
    </message>
    <message>
        <source>Publishing variables needs the SYSTEM_ADMIN or DEVELOPER role on the platform, and %1 has neither. Nothing was sent; the changes stay queued. Ask the platform&apos;s administrator for a role, or use another token.</source>
        <translation>Для публикации переменных нужна роль SYSTEM_ADMIN или DEVELOPER на платформе, а у %1 нет ни одной из них. Ничего не отправлено; изменения остаются в очереди. Попросите администратора платформы выдать роль или используйте другой токен.</translation>
    </message>
    <message>
        <source>A stored batch of changes from an earlier publish could not be opened (damaged). Remove the project&apos;s remote binding and bind it again to start over.</source>
        <translation>Не удалось открыть сохранённый пакет изменений прошлой публикации (он повреждён). Удалите привязку проекта к платформе и привяжите его заново, чтобы начать сначала.</translation>
    </message>
    <message>
        <source>Publishing was cancelled before anything was sent; every change stays queued.</source>
        <translation>Публикация отменена до отправки каких-либо данных; все изменения остаются в очереди.</translation>
    </message>
    <message>
        <source>Sending changes left by an earlier publish</source>
        <translation>Отправка изменений, оставшихся от прошлой публикации</translation>
    </message>
    <message>
        <source>The %1 changed on the platform since the plan was shown, or conflicts now. Nothing more was sent; prepare the publish again to see both sides and choose.</source>
        <translation>После показа плана на платформе изменились данные (%1) или возник конфликт. Больше ничего не отправлено; подготовьте публикацию заново, чтобы увидеть обе стороны и сделать выбор.</translation>
    </message>
    <message>
        <source>A queued change could not be opened (damaged). Nothing more was sent; remove the project&apos;s remote binding and bind it again to start over.</source>
        <translation>Не удалось открыть изменение из очереди (оно повреждено). Больше ничего не отправлено; удалите привязку проекта к платформе и привяжите его заново, чтобы начать сначала.</translation>
    </message>
    <message>
        <source>Sending changes %1–%2 of %3</source>
        <translation>Отправка изменений %1–%2 из %3</translation>
    </message>
    <message>
        <source>Changes sent</source>
        <translation>Изменения отправлены</translation>
    </message>
    <message>
        <source>Publishing was cancelled after %1 of %2 changes; the rest stay queued for the next publish.</source>
        <translation>Публикация отменена после %1 из %2 изменений; остальные остаются в очереди до следующей публикации.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Secret &apos;%1&apos; was replaced on the platform by %2; the local value may be out of date. Replace it here if you know the new value.</source>
        <translation>Секрет «%1» заменён на платформе пользователем %2; локальное значение может быть устаревшим. Замените его здесь, если знаете новое значение.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) were left as they are: choose a side for each and pull or publish again.</source>
        <translation>
            <numerusform>%n конфликт оставлен как есть: выберите сторону для каждого и снова выполните получение или публикацию.</numerusform>
            <numerusform>%n конфликта оставлены как есть: выберите сторону для каждого и снова выполните получение или публикацию.</numerusform>
            <numerusform>%n конфликтов оставлены как есть: выберите сторону для каждого и снова выполните получение или публикацию.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot take the platform&apos;s side of secret(s) %1: a secret&apos;s value never comes back from the platform, so this vault would keep a value the platform does not hold. Nothing was sent or written. Keep this vault&apos;s value instead, or set the secret here to the platform&apos;s value and publish.</source>
        <translation>Нельзя выбрать сторону платформы для секретов %1: значение секрета никогда не возвращается с платформы, и хранилище осталось бы со значением, которого на платформе нет. Ничего не отправлено и не записано. Оставьте значение этого хранилища или задайте здесь секрету значение с платформы и опубликуйте.</translation>
    </message>
    <message>
        <source>The platform at %1 has no project #%2 that this token can see (it does not exist, or no longer does), so nothing was bound. Choose one of the platform&apos;s projects.</source>
        <translation>На платформе %1 нет проекта №%2, видимого этому токену (его нет или уже нет), поэтому ничего не привязано. Выберите один из проектов платформы.</translation>
    </message>
    <message>
        <source>The platform at %1 has no project #%2 (it was deleted, or the binding points at the wrong project); retrying cannot help. Bind this project to an existing platform project again: Project → Change platform binding… in the desktop, or &quot;botvault-cli remote set PROJECT URL --remote-project ID&quot;.</source>
        <translation>На платформе %1 нет проекта №%2 (он удалён, или привязка указывает не на тот проект); повторные попытки не помогут. Заново привяжите этот проект к существующему проекту платформы: «Проект → Изменить привязку к платформе…» в приложении или «botvault-cli remote set PROJECT URL --remote-project ID».</translation>
    </message>
    <message>
        <source>Checking whether the platform changed</source>
        <translation>Проверка изменений на платформе</translation>
    </message>
    <message>
        <source>The rotation rule of secret &apos;%1&apos; was changed on the platform by %2 and is now &quot;%3&quot; here too.</source>
        <translation>Правило ротации секрета «%1» изменил на платформе пользователь %2, теперь и здесь оно такое: «%3».</translation>
    </message>
</context>
<context>
    <name>SyncPlanDialog</name>
    <message>
        <source>Publish “%1”</source>
        <translation>Публикация проекта «%1»</translation>
    </message>
    <message>
        <source>Pull “%1”</source>
        <translation>Получение в проект «%1»</translation>
    </message>
    <message>
        <source>Choose a side for every conflict to publish.</source>
        <translation>Чтобы опубликовать, выберите сторону для каждого конфликта.</translation>
    </message>
    <message>
        <source>Changes to publish</source>
        <translation>Изменения для публикации</translation>
    </message>
    <message>
        <source>Changes to pull</source>
        <translation>Изменения для получения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Опубликовать</translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation>&amp;Получить</translation>
    </message>
    <message>
        <source>Publish these changes</source>
        <translation>Опубликовать эти изменения</translation>
    </message>
    <message>
        <source>Pull these changes</source>
        <translation>Получить эти изменения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>To add on the platform</source>
        <translation>Добавить на платформе</translation>
    </message>
    <message>
        <source>To add to this vault</source>
        <translation>Добавить в это хранилище</translation>
    </message>
    <message>
        <source>To change on the platform</source>
        <translation>Изменить на платформе</translation>
    </message>
    <message>
        <source>To change in this vault</source>
        <translation>Изменить в этом хранилище</translation>
    </message>
    <message>
        <source>To remove from the platform</source>
        <translation>Удалить с платформы</translation>
    </message>
    <message>
        <source>To remove from this vault</source>
        <translation>Удалить из этого хранилища</translation>
    </message>
    <message>
        <source>Conflicts: changed on both sides</source>
        <translation>Конфликты: изменено с обеих сторон</translation>
    </message>
    <message>
        <source>Only on the platform</source>
        <translation>Только на платформе</translation>
    </message>
    <message>
        <source>Secrets replaced on the platform</source>
        <translation>Секреты, заменённые на платформе</translation>
    </message>
    <message>
        <source>Incoming changes (use Pull to bring them into this vault)</source>
        <translation>Входящие изменения (перенесите их в это хранилище командой «Получить»)</translation>
    </message>
    <message>
        <source>Changes made here (use Publish to send them)</source>
        <translation>Изменения, сделанные здесь (отправьте их командой «Опубликовать»)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be sent to the platform project #%1.</source>
        <translation>
            <numerusform>В проект платформы №%1 будет отправлено %n изменение.</numerusform>
            <numerusform>В проект платформы №%1 будут отправлены %n изменения.</numerusform>
            <numerusform>В проект платформы №%1 будет отправлено %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed here needs publishing to the platform project #%1.</source>
        <translation>Здесь нет изменений, которые нужно публиковать в проект платформы №%1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on the platform are not in this vault yet.</source>
        <translation>
            <numerusform>%n изменение, сделанное на платформе, ещё не попало в это хранилище.</numerusform>
            <numerusform>%n изменения, сделанные на платформе, ещё не попали в это хранилище.</numerusform>
            <numerusform>%n изменений, сделанных на платформе, ещё не попали в это хранилище.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the platform project #%1 will be written to this vault.</source>
        <translation>
            <numerusform>В это хранилище будет записано %n изменение из проекта платформы №%1.</numerusform>
            <numerusform>В это хранилище будут записаны %n изменения из проекта платформы №%1.</numerusform>
            <numerusform>В это хранилище будет записано %n изменений из проекта платформы №%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform project #%1 has no changes for this vault.</source>
        <translation>В проекте платформы №%1 нет изменений для этого хранилища.</translation>
    </message>
    <message>
        <source>A secret&apos;s value cannot be read back from the platform: for a secret replaced there, this vault keeps its own value, which may be out of date. Set it again here if you need it.</source>
        <translation>Значение секрета нельзя прочитать с платформы: если секрет там заменён, в этом хранилище остаётся собственное значение, которое может быть устаревшим. При необходимости задайте его здесь заново.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed on both sides; nothing is overwritten without your choice.</source>
        <translation>
            <numerusform>%n элемент изменён с обеих сторон; без вашего выбора ничего не перезаписывается.</numerusform>
            <numerusform>%n элемента изменены с обеих сторон; без вашего выбора ничего не перезаписывается.</numerusform>
            <numerusform>%n элементов изменены с обеих сторон; без вашего выбора ничего не перезаписывается.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) already match.</source>
        <translation>
            <numerusform>%n элемент уже совпадает.</numerusform>
            <numerusform>%n элемента уже совпадают.</numerusform>
            <numerusform>%n элементов уже совпадают.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued change(s) are damaged and cannot be read; publishing stops before them.</source>
        <translation>
            <numerusform>%n изменение в очереди повреждено и не читается; публикация остановится перед ним.</numerusform>
            <numerusform>%n изменения в очереди повреждены и не читаются; публикация остановится перед ними.</numerusform>
            <numerusform>%n изменений в очереди повреждены и не читаются; публикация остановится перед ними.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Delete on the platform</source>
        <translation>Удалить на платформе</translation>
    </message>
    <message>
        <source>Tick to delete %1 on the platform when publishing; otherwise it stays there.</source>
        <translation>Отметьте, чтобы при публикации удалить %1 на платформе; иначе элемент там останется.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Keep this vault&apos;s side of %1</source>
        <translation>Оставить версию %1 из этого хранилища</translation>
    </message>
    <message>
        <source>Take the platform&apos;s</source>
        <translation>Взять с платформы</translation>
    </message>
    <message>
        <source>Take the platform&apos;s side of %1</source>
        <translation>Взять версию %1 с платформы</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Leave %1 for later</source>
        <translation>Отложить решение по %1</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Разрешить…</translation>
    </message>
    <message>
        <source>Compare both sides of %1</source>
        <translation>Сравнить обе версии %1</translation>
    </message>
    <message>
        <source>in export: %1 %2 %3</source>
        <translation>в экспорте: %1 %2 %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>new value %1</source>
        <translation>новое значение %1</translation>
    </message>
    <message>
        <source>delete on the platform</source>
        <translation>удалить на платформе</translation>
    </message>
    <message>
        <source>deleted on the platform</source>
        <translation>удалено на платформе</translation>
    </message>
    <message>
        <source>replaced on the platform</source>
        <translation>заменено на платформе</translation>
    </message>
    <message>
        <source>replaced on the platform by %1</source>
        <translation>заменено на платформе пользователем %1</translation>
    </message>
    <message>
        <source>%1 revision %L2</source>
        <translation>%1, ревизия %L2</translation>
    </message>
    <message>
        <source>%1 revision %L2 by %3</source>
        <translation>%1, ревизия %L2, автор: %3</translation>
    </message>
    <message>
        <source>Nothing to publish.</source>
        <translation>Публиковать нечего.</translation>
    </message>
    <message>
        <source>Nothing to pull.</source>
        <translation>Получать нечего.</translation>
    </message>
    <message>
        <source>%1 (sent before; its answer was lost, so it is sent again first)</source>
        <translation>%1 (уже отправлено, но ответ потерян, поэтому отправляется повторно первым)</translation>
    </message>
    <message>
        <source>Changes made here conflict with the platform project #%1: nothing is sent before you choose a side for each.</source>
        <translation>Изменения, сделанные здесь, конфликтуют с проектом платформы №%1: ничего не будет отправлено, пока вы не выберете сторону для каждого.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here are not published yet.</source>
        <translation>
            <numerusform>%n изменение, сделанное здесь, ещё не опубликовано.</numerusform>
            <numerusform>%n изменения, сделанные здесь, ещё не опубликованы.</numerusform>
            <numerusform>%n изменений, сделанных здесь, ещё не опубликованы.</numerusform>
        </translation>
    </message>
    <message>
        <source>mine: %1
platform: %2</source>
        <translation>моё: %1
на платформе: %2</translation>
    </message>
    <message>
        <source>rotation rule changed: %1</source>
        <translation>изменено правило ротации: %1</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>There is no terminal to ask on.</source>
        <translation>Нет терминала, чтобы запросить ввод.</translation>
    </message>
    <message>
        <source>The entered text is longer than %1 bytes.</source>
        <translation>Введённый текст длиннее %1 байт.</translation>
    </message>
    <message>
        <source>Nothing was entered.</source>
        <translation>Ничего не введено.</translation>
    </message>
</context>
<context>
    <name>TestWidgetPanel</name>
    <message>
        <source>E&amp;xpression</source>
        <translation>&amp;Выражение</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Сообщение</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <source>Test widget</source>
        <translation>Тестовый виджет</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test widget&lt;/b&gt;</source>
        <translation>&lt;b&gt;Тестовый виджет&lt;/b&gt;</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>Channel to talk to</source>
        <translation>Канал для общения</translation>
    </message>
    <message>
        <source>Send an expression</source>
        <translation>Отправить выражение</translation>
    </message>
    <message>
        <source>Evaluate a JavaScript expression after the deployed bot script, such as $env.get(&quot;GREETING&quot;).</source>
        <translation>Вычислить выражение JavaScript после развёрнутого скрипта бота, например $env.get(&quot;GREETING&quot;).</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <source>Send a user message to the bot&apos;s onMessage(text).</source>
        <translation>Отправить сообщение пользователя в обработчик onMessage(text) бота.</translation>
    </message>
    <message>
        <source>Expression or message</source>
        <translation>Выражение или сообщение</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send to the channel&apos;s bot (Ctrl+Enter).</source>
        <translation>Отправить боту канала (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Clear the transcript</source>
        <translation>Очистить переписку</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>What you send and what the bot answers appears here. Secret values in replies are masked.</source>
        <translation>Здесь появляется то, что вы отправляете, и ответы бота. Значения секретов в ответах скрыты.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>An expression, such as $env.get(&quot;GREETING&quot;) — Ctrl+Enter sends</source>
        <translation>Выражение, например $env.get(&quot;GREETING&quot;), — Ctrl+Enter отправляет</translation>
    </message>
    <message>
        <source>A message to the bot, such as Hello — Ctrl+Enter sends</source>
        <translation>Сообщение боту, например «Привет», — Ctrl+Enter отправляет</translation>
    </message>
    <message>
        <source>No channel to talk to: bind the project to a platform project and refresh its channels.</source>
        <translation>Нет канала для общения: привяжите проект к проекту платформы и обновите список каналов.</translation>
    </message>
    <message>
        <source>Waiting for the bot…</source>
        <translation>Ожидание ответа бота…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>message to %1</source>
        <translation>сообщение в %1</translation>
    </message>
    <message>
        <source>expression in %1</source>
        <translation>выражение в %1</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>обрезано</translation>
    </message>
    <message numerus="yes">
        <source>%n ms</source>
        <translation>
            <numerusform>%n мс</numerusform>
            <numerusform>%n мс</numerusform>
            <numerusform>%n мс</numerusform>
        </translation>
    </message>
    <message>
        <source>“masked”: the reply contained a secret&apos;s value, which was replaced by ******.</source>
        <translation>«скрыто»: ответ содержал значение секрета, которое заменено на ******.</translation>
    </message>
    <message>
        <source>real secrets</source>
        <translation>настоящие секреты</translation>
    </message>
    <message>
        <source>stand-in secrets</source>
        <translation>секреты-заглушки</translation>
    </message>
    <message>
        <source>The bot ran with stand-ins such as ‹secret API_KEY› instead of secret values: only the secrets-admin role runs it with the real ones.</source>
        <translation>Бот работал с заглушками вида ‹secret API_KEY› вместо значений секретов: с настоящими значениями его запускает только роль администратора секретов.</translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message>
        <source>Exported project &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>Проект «%1» экспортирован в «%2».</translation>
    </message>
    <message>
        <source>  %1 included.</source>
        <translation>  Включено в экспорт: %1.</translation>
    </message>
    <message>
        <source>  %1 included: %2</source>
        <translation>  Включено в экспорт: %1 — %2</translation>
    </message>
    <message>
        <source>  %1 not included (not marked for export): %2</source>
        <translation>  Не включено (не отмечены для экспорта): %1 — %2</translation>
    </message>
    <message>
        <source>  No secrets.</source>
        <translation>  Секретов нет.</translation>
    </message>
    <message>
        <source>  %1 listed by name only, for the importer to fill in (values never leave the vault): %2</source>
        <translation>  Только имена, значения задаст тот, кто импортирует (значения никогда не покидают хранилище): %1 — %2</translation>
    </message>
    <message>
        <source>  %1 (%2) from &apos;%3&apos;.</source>
        <translation>  %1 (%2) из «%3».</translation>
    </message>
    <message>
        <source>  No source folder bound, so no source files (&apos;botvault-cli project bind&apos; binds one).</source>
        <translation>  Папка с кодом не привязана, поэтому исходных файлов нет (привязать её можно командой «botvault-cli project bind»).</translation>
    </message>
    <message>
        <source>The archive and project &apos;%1&apos; differ in %2: choose --replace to take the archive&apos;s values or --keep to keep the project&apos;s. Nothing was imported.</source>
        <translation>Архив и проект «%1» расходятся в значениях (%2): укажите --replace, чтобы взять значения из архива, или --keep, чтобы оставить значения проекта. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный запуск: ничего не записано.</translation>
    </message>
    <message>
        <source>Give --into PROJECT to merge into a project or --name NAME to name a new one, not both.</source>
        <translation>Укажите либо --into ПРОЕКТ, чтобы объединить архив с проектом, либо --name ИМЯ, чтобы назвать новый проект, но не оба сразу.</translation>
    </message>
    <message>
        <source>The archive &apos;%1&apos; does not exist.</source>
        <translation>Архива «%1» не существует.</translation>
    </message>
    <message>
        <source>The archive &apos;%1&apos; cannot be imported: %2 Nothing was written.</source>
        <translation>Архив «%1» нельзя импортировать: %2 Ничего не записано.</translation>
    </message>
    <message>
        <source>The archive holds no source files; --source-dir is not used.</source>
        <translation>В архиве нет исходных файлов; --source-dir не используется.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists and is not a folder; give a new or empty folder for the source files.</source>
        <translation>«%1» существует и не является папкой; укажите новую или пустую папку для исходных файлов.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is not empty; give a new or empty folder for the source files.</source>
        <translation>Папка «%1» не пуста; укажите новую или пустую папку для исходных файлов.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist; create it first, or choose another place for the source files.</source>
        <translation>Папки «%1» не существует; сначала создайте её или выберите другое место для исходных файлов.</translation>
    </message>
    <message>
        <source>The archive&apos;s project name cannot be used: %1 Choose one with --name NAME.</source>
        <translation>Имя проекта из архива использовать нельзя: %1 Задайте имя через --name ИМЯ.</translation>
    </message>
    <message>
        <source>A project named &apos;%1&apos; already exists: merge into it with --into %2, or choose another name with --name NAME.</source>
        <translation>Проект с именем «%1» уже существует: объедините архив с ним через --into %2 или выберите другое имя через --name ИМЯ.</translation>
    </message>
    <message>
        <source>Importing &apos;%1&apos; into project &apos;%2&apos;:</source>
        <translation>Импорт «%1» в проект «%2»:</translation>
    </message>
    <message>
        <source>Importing &apos;%1&apos; as the new project &apos;%2&apos;:</source>
        <translation>Импорт «%1» как нового проекта «%2»:</translation>
    </message>
    <message>
        <source>  The archive has no botvault/project.json: it is a plain project ZIP, so it brings source files but no variables.</source>
        <translation>  В архиве нет botvault/project.json: это обычный ZIP-файл проекта, поэтому в нём есть исходные файлы, но нет переменных.</translation>
    </message>
    <message>
        <source>  New variables: %1</source>
        <translation>  Новые переменные: %1</translation>
    </message>
    <message>
        <source>  Variables with another value in the project: %1</source>
        <translation>  Переменные, значение которых в проекте другое: %1</translation>
    </message>
    <message>
        <source>    %1: project &apos;%2&apos;, archive &apos;%3&apos;</source>
        <translation>    %1: в проекте «%2», в архиве «%3»</translation>
    </message>
    <message>
        <source>  Unchanged variables: %1</source>
        <translation>  Переменные без изменений: %1</translation>
    </message>
    <message>
        <source>  Secrets that need a value: %1</source>
        <translation>  Секреты, которым нужно значение: %1</translation>
    </message>
    <message>
        <source>  Source files: %1 (%2) into &apos;%3&apos;</source>
        <translation>  Исходные файлы: %1 (%2) в «%3»</translation>
    </message>
    <message>
        <source>  Source files: none</source>
        <translation>  Исходные файлы: нет</translation>
    </message>
    <message>
        <source>Imported into project &apos;%1&apos;: %2 added, %3 replaced, %4 kept, %5 unchanged.</source>
        <translation>Импортировано в проект «%1»: добавлено — %2, заменено — %3, оставлено — %4, без изменений — %5.</translation>
    </message>
    <message>
        <source>The source files are in &apos;%1&apos;, and the project is bound to that folder.</source>
        <translation>Исходные файлы находятся в «%1», и проект привязан к этой папке.</translation>
    </message>
    <message>
        <source>These secrets need a value; set each with:</source>
        <translation>Этим секретам нужно значение; задайте каждое командой:</translation>
    </message>
    <message>
        <source>Give --source-dir DIR to extract the source files or --no-source to leave them out, not both.</source>
        <translation>Укажите либо --source-dir DIR, чтобы распаковать исходные файлы, либо --no-source, чтобы не брать их, но не оба сразу.</translation>
    </message>
    <message>
        <source>--keep-binding is for --into PROJECT with --source-dir DIR: the files are extracted and the project keeps its own source folder.</source>
        <translation>--keep-binding применяется с --into PROJECT и --source-dir DIR: файлы распаковываются, а проект сохраняет свою папку с кодом.</translation>
    </message>
    <message>
        <source>The archive holds %1: give --source-dir DIR, a new or empty folder to put them in (the project is bound to it), or --no-source to import only the variables and secret names.</source>
        <translation>В архиве %1: укажите --source-dir DIR — новую или пустую папку для них (проект будет к ней привязан) — или --no-source, чтобы импортировать только переменные и имена секретов.</translation>
    </message>
    <message>
        <source>  Source files: %1 in the archive, not extracted (--no-source)</source>
        <translation>  Исходные файлы: %1 в архиве, не распаковываются (--no-source)</translation>
    </message>
    <message>
        <source>The source files are in &apos;%1&apos;; the project keeps its source folder.</source>
        <translation>Исходные файлы находятся в «%1»; проект сохраняет свою папку с кодом.</translation>
    </message>
</context>
<context>
    <name>TrashCommands</name>
    <message>
        <source>project %1</source>
        <translation>проект %1</translation>
    </message>
    <message>
        <source>secret %1 of project %2</source>
        <translation>секрет %1 проекта %2</translation>
    </message>
    <message>
        <source>variable %1 of project %2</source>
        <translation>переменная %1 проекта %2</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n секрет</numerusform>
            <numerusform>%n секрета</numerusform>
            <numerusform>%n секретов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n переменная</numerusform>
            <numerusform>%n переменные</numerusform>
            <numerusform>%n переменных</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ИД</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>УДАЛЕНО</translation>
    </message>
    <message>
        <source>DELETED BY</source>
        <translation>КЕМ УДАЛЕНО</translation>
    </message>
    <message>
        <source>PURGED AFTER</source>
        <translation>УДАЛИТСЯ НАВСЕГДА ПОСЛЕ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an entry ID: give the number in the ID column of &quot;%2&quot;.</source>
        <translation>«%1» — не ID записи: укажите число из столбца ID в выводе &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Entry %1 of the recently deleted list is damaged.</source>
        <translation>Запись %1 в списке недавно удалённых повреждена.</translation>
    </message>
    <message>
        <source>There is no entry %1 in the recently deleted list: it was restored or purged already, or its time ran out (see &quot;%2&quot;).</source>
        <translation>В списке недавно удалённых нет записи %1: она уже восстановлена или удалена навсегда либо истёк срок её хранения (см. &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Restore it under another name with --as NEW_NAME.</source>
        <translation>Восстановите под другим именем с помощью --as NEW_NAME.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Восстановлено: %1.</translation>
    </message>
    <message>
        <source>Destroy %1 (deleted %2) and its versions for good? It cannot be restored afterwards.</source>
        <translation>Безвозвратно уничтожить %1 (удалено %2) вместе с версиями? Восстановить это потом будет нельзя.</translation>
    </message>
    <message>
        <source>Purged %1 for good.</source>
        <translation>Удалено навсегда: %1.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Restore &amp;under the name:</source>
        <translation>Восстановить под &amp;именем:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>&amp;Удалить навсегда…</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Недавно удалённые</translation>
    </message>
    <message>
        <source>Show what was deleted from</source>
        <translation>Показать удалённое из</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Проект %1</translation>
    </message>
    <message>
        <source>The whole vault, deleted projects too</source>
        <translation>Всё хранилище, включая удалённые проекты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Кем удалено</translation>
    </message>
    <message>
        <source>Purged after</source>
        <translation>Удалится навсегда после</translation>
    </message>
    <message>
        <source>Recently deleted items</source>
        <translation>Недавно удалённые элементы</translation>
    </message>
    <message>
        <source>Nothing was deleted recently.</source>
        <translation>Недавно ничего не удалялось.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Name to restore the entry under</source>
        <translation>Имя, под которым восстановить запись</translation>
    </message>
    <message>
        <source>Restore the selected entry</source>
        <translation>Восстановить выбранную запись</translation>
    </message>
    <message>
        <source>Purge the selected entry for good</source>
        <translation>Удалить выбранную запись навсегда</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>(this entry cannot be read)</source>
        <translation>(эту запись не удаётся прочитать)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n секрет</numerusform>
            <numerusform>%n секрета</numerusform>
            <numerusform>%n секретов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n переменная</numerusform>
            <numerusform>%n переменные</numerusform>
            <numerusform>%n переменных</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>проект %1</translation>
    </message>
    <message>
        <source>secret %1 of project %2</source>
        <translation>секрет %1 проекта %2</translation>
    </message>
    <message>
        <source>variable %1 of project %2</source>
        <translation>переменная %1 проекта %2</translation>
    </message>
    <message>
        <source>Type another name below and restore again.</source>
        <translation>Введите ниже другое имя и восстановите снова.</translation>
    </message>
    <message>
        <source>%1 (restored)</source>
        <translation>%1 (восстановлен)</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Восстановлено: %1.</translation>
    </message>
    <message>
        <source>Destroy %1 and its versions for good?

It cannot be restored afterwards.</source>
        <translation>Безвозвратно уничтожить %1 вместе с версиями?

Восстановить это потом будет нельзя.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Удаление навсегда</translation>
    </message>
    <message>
        <source>Purged %1 for good.</source>
        <translation>Удалено навсегда: %1.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock vault</source>
        <translation>Разблокировка хранилища</translation>
    </message>
    <message>
        <source>Enter the master password to unlock the vault.</source>
        <translation>Введите мастер-пароль, чтобы разблокировать хранилище.</translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation>Файл хранилища:</translation>
    </message>
    <message>
        <source>&amp;Master password:</source>
        <translation>&amp;Мастер-пароль:</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Файл хранилища</translation>
    </message>
    <message>
        <source>Master password</source>
        <translation>Мастер-пароль</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>UnusedNameDelegate</name>
    <message>
        <source>unused</source>
        <translation>не используется</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>не опубликовано</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <source>Changed in this vault and not published yet.</source>
        <translation>Изменено в этом хранилище и ещё не опубликовано.</translation>
    </message>
    <message>
        <source>Changed here and on the platform; Publish or Pull asks which side to keep.</source>
        <translation>Изменено здесь и на платформе; при публикации или получении будет предложено выбрать, какую версию оставить.</translation>
    </message>
</context>
<context>
    <name>VariableCommands</name>
    <message>
        <source>Give --export or --no-export, not both.</source>
        <translation>Укажите --export или --no-export, но не оба сразу.</translation>
    </message>
    <message>
        <source>Added variable %1 to project %2.</source>
        <translation>Переменная %1 добавлена в проект %2.</translation>
    </message>
    <message>
        <source>Updated variable %1 in project %2.</source>
        <translation>Переменная %1 в проекте %2 изменена.</translation>
    </message>
    <message>
        <source>The variable %1 in project %2 is damaged and cannot be read.</source>
        <translation>Переменная %1 в проекте %2 повреждена, и её нельзя прочитать.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>EXPORT</source>
        <translation>ЭКСПОРТ</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ИЗМЕНЁН</translation>
    </message>
    <message>
        <source>UPDATED BY</source>
        <translation>КЕМ ИЗМЕНЁН</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Renamed variable %1 to %2 in project %3.</source>
        <translation>Переменная %1 в проекте %3 переименована в %2.</translation>
    </message>
    <message>
        <source>Removed variable %1 from project %2.</source>
        <translation>Переменная %1 удалена из проекта %2.</translation>
    </message>
</context>
<context>
    <name>VariableDialog</name>
    <message>
        <source>Add variable</source>
        <translation>Добавление переменной</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Variable name</source>
        <translation>Имя переменной</translation>
    </message>
    <message>
        <source>For example API_URL</source>
        <translation>Например, API_URL</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Значение:</translation>
    </message>
    <message>
        <source>Variable value</source>
        <translation>Значение переменной</translation>
    </message>
    <message>
        <source>The value; it may be empty and span several lines</source>
        <translation>Значение; может быть пустым и занимать несколько строк</translation>
    </message>
    <message>
        <source>Include into project export ZIP file</source>
        <translation>Включать в ZIP-файл экспорта проекта</translation>
    </message>
    <message>
        <source>An exported project ZIP file carries this variable&apos;s name and value.</source>
        <translation>В ZIP-файл экспорта проекта попадут имя и значение этой переменной.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Edit variable</source>
        <translation>Изменение переменной</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save variable</source>
        <translation>Сохранить переменную</translation>
    </message>
    <message>
        <source>A variable named &apos;%1&apos; already exists in this project.</source>
        <translation>В этом проекте уже есть переменная с именем «%1».</translation>
    </message>
    <message>
        <source>The value is %1 bytes long; the limit is %2 bytes (64 KiB).</source>
        <translation>Длина значения — %1 байт, а предел — %2 байт (64 КиБ).</translation>
    </message>
    <message>
        <source>The vault is not open.</source>
        <translation>Хранилище не открыто.</translation>
    </message>
</context>
<context>
    <name>VariablesTab</name>
    <message>
        <source>No variable name or value contains “%1”.</source>
        <translation>Нет переменных, в имени или значении которых есть «%1».</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>&amp;Добавить переменную</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Добавить переменную</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Переменные окружения</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Копировать значение</translation>
    </message>
    <message>
        <source>&amp;Include into project export ZIP file</source>
        <translation>&amp;Включать в ZIP-файл экспорта проекта</translation>
    </message>
    <message>
        <source>Added variable %1. Deploy a channel to apply it there.</source>
        <translation>Добавлена переменная %1. Разверните канал, чтобы она в нём заработала.</translation>
    </message>
    <message>
        <source>Record #%1 is damaged and cannot be edited; delete it and add the variable again.</source>
        <translation>Запись №%1 повреждена, и её нельзя изменить; удалите её и добавьте переменную заново.</translation>
    </message>
    <message>
        <source>Saved variable %1. Deploy a channel to apply it there.</source>
        <translation>Переменная %1 сохранена. Разверните канал, чтобы изменение в нём заработало.</translation>
    </message>
    <message>
        <source>Record #%1 is damaged and cannot be deleted from here.</source>
        <translation>Запись №%1 повреждена, и удалить её отсюда нельзя.</translation>
    </message>
    <message>
        <source>Delete variable</source>
        <translation>Удаление переменной</translation>
    </message>
    <message>
        <source>Deleted variable %1.</source>
        <translation>Переменная %1 удалена.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the value of %1; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Значение %1 скопировано; буфер обмена будет очищен через %n секунду.</numerusform>
            <numerusform>Значение %1 скопировано; буфер обмена будет очищен через %n секунды.</numerusform>
            <numerusform>Значение %1 скопировано; буфер обмена будет очищен через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>No environment variables yet.

Click “Add variable” for configuration that changes often. Bot scripts read it with $env.get(&quot;NAME&quot;, defaultValue); a changed value reaches a channel when that channel is deployed again.</source>
        <translation>Переменных окружения пока нет.

Нажмите «Добавить переменную», чтобы задать часто меняющиеся настройки. Скрипты бота читают их через $env.get(&quot;NAME&quot;, defaultValue); изменённое значение попадает в канал при его следующем развёртывании.</translation>
    </message>
    <message>
        <source>Added variable %1. Publish it, then deploy a channel to apply it there.</source>
        <translation>Добавлена переменная %1. Опубликуйте её, затем разверните канал, чтобы она в нём заработала.</translation>
    </message>
    <message>
        <source>Saved variable %1. Publish it, then deploy a channel to apply it there.</source>
        <translation>Переменная %1 сохранена. Опубликуйте её, затем разверните канал, чтобы изменение в нём заработало.</translation>
    </message>
    <message>
        <source>Delete the environment variable “%1” from project “%2”?

Channels keep the value they were deployed with until they are deployed again. Until it is purged, Edit → Recently deleted… brings it back.</source>
        <translation>Удалить переменную окружения «%1» из проекта «%2»?

Каналы сохраняют значение, с которым были развёрнуты, до следующего развёртывания. Пока переменная не удалена навсегда, её можно вернуть через «Правка → Недавно удалённые…».</translation>
    </message>
</context>
<context>
    <name>VariablesTableModel</name>
    <message>
        <source>(damaged record #%1)</source>
        <translation>(повреждённая запись №%1)</translation>
    </message>
    <message>
        <source>This record is damaged or was tampered with, so it cannot be opened. The other variables are not affected.</source>
        <translation>Эта запись повреждена или была подделана, поэтому открыть её нельзя. Другие переменные не затронуты.</translation>
    </message>
    <message>
        <source>Included in export</source>
        <translation>Включена в экспорт</translation>
    </message>
    <message>
        <source>Not included in export</source>
        <translation>Не включена в экспорт</translation>
    </message>
    <message>
        <source>Include into project export ZIP file</source>
        <translation>Включать в ZIP-файл экспорта проекта</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>In export</source>
        <translation>В экспорте</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменена</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>secret</source>
        <translation>секрет</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>переменная</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it with the master password.</source>
        <translation>Хранилище заблокировано; разблокируйте его мастер-паролем.</translation>
    </message>
    <message>
        <source>Record #%1 of the vault is damaged or was tampered with; it cannot be opened. The other records are not affected.</source>
        <translation>Запись хранилища №%1 повреждена или была подделана; открыть её нельзя. Другие записи не затронуты.</translation>
    </message>
    <message>
        <source>The value of secret &apos;%1&apos; is empty.</source>
        <translation>Значение секрета «%1» пустое.</translation>
    </message>
    <message>
        <source>The value is %1 bytes long; the limit is %2 bytes (64 KiB).</source>
        <translation>Длина значения — %1 байт, а предел — %2 байт (64 КиБ).</translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation>Проекта больше не существует.</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; has no %2 named &apos;%3&apos;.</source>
        <translation>В проекте «%1» нет элемента «%3» (тип: %2).</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; already has a %2 named &apos;%3&apos;.</source>
        <translation>В проекте «%1» уже есть %2 с именем «%3».</translation>
    </message>
    <message>
        <source>A file already exists at %1; BotVault will not overwrite it.</source>
        <translation>Файл %1 уже существует; BotVault не будет его перезаписывать.</translation>
    </message>
    <message>
        <source>The vault file %1 could not be created: %2.</source>
        <translation>Не удалось создать файл хранилища %1: %2.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Хранилища %1 нет.</translation>
    </message>
    <message>
        <source>%1 is not a BotVault vault, or its header is damaged.</source>
        <translation>%1 — не хранилище BotVault, или его заголовок повреждён.</translation>
    </message>
    <message>
        <source>The vault uses format %1, which this BotVault cannot read.</source>
        <translation>Хранилище использует формат %1, который эта версия BotVault прочитать не может.</translation>
    </message>
    <message>
        <source>The vault&apos;s key parameters are out of range (%1); the file is damaged or was tampered with.</source>
        <translation>Параметры ключа хранилища вне допустимых пределов (%1); файл повреждён или был подделан.</translation>
    </message>
    <message>
        <source>The master password is wrong.</source>
        <translation>Неверный мастер-пароль.</translation>
    </message>
    <message>
        <source>There is no project named &apos;%1&apos;.</source>
        <translation>Проекта с именем «%1» нет.</translation>
    </message>
    <message>
        <source>A project named &apos;%1&apos; already exists.</source>
        <translation>Проект с именем «%1» уже существует.</translation>
    </message>
    <message>
        <source>The value of &apos;%1&apos; is %2 bytes long; the limit is %3 bytes (64 KiB).</source>
        <translation>Длина значения «%1» — %2 байт, а предел — %3 байт (64 КиБ).</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; appears more than once.</source>
        <translation>Имя «%2» (%1) встречается больше одного раза.</translation>
    </message>
    <message>
        <source>The vault database failed its integrity check: %1</source>
        <translation>База данных хранилища не прошла проверку целостности: %1</translation>
    </message>
    <message>
        <source>The vault file %1 could not be read: %2.</source>
        <translation>Не удалось прочитать файл хранилища %1: %2.</translation>
    </message>
    <message>
        <source>Encrypting a record failed.</source>
        <translation>Не удалось зашифровать запись.</translation>
    </message>
    <message>
        <source>The platform address is not valid; enter one such as https://bots.example.com.</source>
        <translation>Адрес платформы недопустим. Введите адрес вида https://bots.example.com.</translation>
    </message>
    <message>
        <source>The platform address must use https (plain http is allowed only for this computer); change &apos;%1&apos; to https.</source>
        <translation>Адрес платформы должен использовать https (обычный http допустим только для этого компьютера). Замените «%1» на https.</translation>
    </message>
    <message>
        <source>The platform address may not contain a user name, password, query or fragment; enter only the scheme, host, port and path.</source>
        <translation>Адрес платформы не может содержать имя пользователя, пароль, запрос или фрагмент. Введите только схему, хост, порт и путь.</translation>
    </message>
    <message>
        <source>The remote project id must be a whole number from 1 to %1; check the id shown by the platform.</source>
        <translation>Идентификатор удалённого проекта должен быть целым числом от 1 до %1. Проверьте идентификатор, который показывает платформа.</translation>
    </message>
    <message>
        <source>The API token must be 1 to %1 printable characters without spaces; copy it again from the platform.</source>
        <translation>API-токен должен состоять из 1–%1 печатных символов без пробелов. Скопируйте его с платформы ещё раз.</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; is not bound to a platform project; bind it first.</source>
        <translation>Проект «%1» не привязан к проекту платформы. Сначала привяжите его.</translation>
    </message>
    <message>
        <source>The API token of project &apos;%1&apos; is missing from the vault; bind the project again.</source>
        <translation>API-токен проекта «%1» отсутствует в хранилище. Привяжите проект заново.</translation>
    </message>
    <message>
        <source>A change names an item that is neither a secret nor a variable; nothing was saved.</source>
        <translation>Изменение относится к элементу, который не является ни секретом, ни переменной; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; is not bound to a platform project; bind it to one first.</source>
        <translation>Проект «%1» не привязан к проекту платформы; сначала привяжите его.</translation>
    </message>
    <message>
        <source>Stored publish request #%1 is damaged or was tampered with; its changes cannot be resent. Drop it and publish again.</source>
        <translation>Сохранённый запрос публикации №%1 повреждён или был подделан; его изменения нельзя отправить повторно. Удалите его и опубликуйте снова.</translation>
    </message>
    <message>
        <source>The idempotency key of a publish request must be 1 to %1 printable characters without spaces; nothing was stored.</source>
        <translation>Ключ идемпотентности запроса публикации должен состоять из 1–%1 печатных символов без пробелов; ничего не сохранено.</translation>
    </message>
    <message>
        <source>A publish request of %1 bytes cannot be stored; the limit is 1 to %2 bytes. Send fewer changes per request.</source>
        <translation>Запрос публикации размером %1 байт сохранить нельзя: допустимо от 1 до %2 байт. Отправляйте меньше изменений в одном запросе.</translation>
    </message>
    <message>
        <source>Outbox entry #%1 appears twice in one publish request; nothing was stored.</source>
        <translation>Запись очереди отправки №%1 дважды встречается в одном запросе публикации; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Outbox entry #%1 is not queued for project &apos;%2&apos;; nothing was stored.</source>
        <translation>Запись очереди отправки №%1 не стоит в очереди проекта «%2»; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Outbox entry #%1 is already part of stored publish request #%2; nothing was stored.</source>
        <translation>Запись очереди отправки №%1 уже входит в сохранённый запрос публикации №%2; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The platform&apos;s revision of &apos;%1&apos; is negative; nothing was saved.</source>
        <translation>Ревизия «%1» на платформе отрицательная; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Publish request #%1 is no longer stored for this project; nothing was saved.</source>
        <translation>Запрос публикации №%1 для этого проекта больше не хранится; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Another publish or pull of this project is running. Nothing was sent or written; try again when it has finished.</source>
        <translation>Уже выполняется другая публикация или получение изменений этого проекта. Ничего не отправлено и не записано; повторите, когда она завершится.</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside the vault that keeps two publishes of a project apart. Check that the vault&apos;s folder is writable.</source>
        <translation>Не удалось создать рядом с хранилищем файл блокировки, который не даёт двум публикациям проекта идти одновременно. Проверьте, что в папку хранилища можно писать.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created: %2.</source>
        <translation>Не удалось создать папку %1: %2.</translation>
    </message>
    <message>
        <source>Another BotVault program changed the master password or the data key of this vault after it was unlocked here; nothing was read or written. Lock the vault and unlock it with the current master password.</source>
        <translation>Другая программа BotVault сменила мастер-пароль или ключ данных этого хранилища после того, как оно было разблокировано здесь; ничего не прочитано и не записано. Заблокируйте хранилище и разблокируйте его текущим мастер-паролем.</translation>
    </message>
    <message>
        <source>No secure random source for a new data key.</source>
        <translation>Нет надёжного источника случайных чисел для нового ключа данных.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; was changed elsewhere (at %3); reload and try again.</source>
        <translation>%1 «%2»: изменено в другом месте (%3); обновите данные и попробуйте снова.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; was changed elsewhere (by %3, at %4); reload and try again.</source>
        <translation>%1 «%2»: изменено в другом месте (%3, %4); обновите данные и попробуйте снова.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; was removed elsewhere; reload and try again.</source>
        <translation>%1 «%2»: удалено в другом месте; обновите данные и попробуйте снова.</translation>
    </message>
    <message>
        <source>only its current state, version 1</source>
        <translation>только текущее состояние, версия 1</translation>
    </message>
    <message>
        <source>versions %1 to %2</source>
        <translation>версии с %1 по %2</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; of project &apos;%3&apos; has no version %4; the vault keeps %5.</source>
        <translation>У элемента «%2» (тип: %1) проекта «%3» нет версии %4; в хранилище есть %5.</translation>
    </message>
    <message>
        <source>The value of version %1 of %2 &apos;%3&apos; is not kept (it was forgotten, or it predates history); nothing was changed.</source>
        <translation>Значение версии %1 элемента «%3» (тип: %2) не сохранено (оно было забыто или относится ко времени до начала истории); ничего не изменено.</translation>
    </message>
    <message>
        <source>Version %1 of %2 &apos;%3&apos; is named &apos;%4&apos;, which another %2 of project &apos;%5&apos; has now; restore it under another name.</source>
        <translation>Версия %1 элемента «%3» (тип: %2) называется «%4», а это имя теперь носит другой элемент того же типа (%2) в проекте «%5»; восстановите её под другим именем.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finding id: an id is the 16 hexadecimal digits &apos;botvault-cli scan&apos; shows.</source>
        <translation>«%1» — не идентификатор находки: идентификатор — это 16 шестнадцатеричных цифр, которые показывает &apos;botvault-cli scan&apos;.</translation>
    </message>
    <message>
        <source>Say why the finding is not a credential: the reason is empty.</source>
        <translation>Укажите, почему находка не является учётными данными: причина не указана.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters; shorten it.</source>
        <translation>Причина длиннее %1 символов; сократите её.</translation>
    </message>
    <message>
        <source>No finding with the id &apos;%1&apos; is ignored in project &apos;%2&apos;.</source>
        <translation>В проекте «%2» нет игнорируемой находки с идентификатором «%1».</translation>
    </message>
    <message>
        <source>History keeps 1 to %1 versions per item, and versions and deleted items for 0 to %2 days.</source>
        <translation>История хранит от 1 до %1 версий на элемент, а версии и удалённые элементы — от 0 до %2 дней.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>Момент %1 ещё не наступил.</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; did not exist at %2: it was created at %3.</source>
        <translation>Проекта «%1» на момент %2 ещё не было: он создан %3.</translation>
    </message>
    <message>
        <source>The vault&apos;s history goes back to %1 only (what it keeps, or when it started): %2 is older.</source>
        <translation>История хранилища доступна только с %1 (из-за срока хранения или потому, что тогда она началась), а момент %2 — раньше.</translation>
    </message>
    <message>
        <source>The value %1 &apos;%2&apos; had at that moment is not kept (it was forgotten, or it predates history); nothing was changed.</source>
        <translation>Значение, которое элемент «%2» (тип: %1) имел в тот момент, не сохранено (оно было забыто или относится ко времени до начала истории); ничего не изменено.</translation>
    </message>
    <message>
        <source>Entry %1 is not in the recently deleted list: it was restored or purged already, or it expired.</source>
        <translation>Записи %1 нет в списке недавно удалённых: она уже восстановлена или удалена навсегда либо истёк срок её хранения.</translation>
    </message>
    <message>
        <source>The project of %1 &apos;%2&apos; is in the recently deleted list too: restore the project first.</source>
        <translation>Проект, в котором был элемент «%2» (тип: %1), тоже находится в списке недавно удалённых: сначала восстановите проект.</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; already has a %2 named &apos;%3&apos;: restore it under another name.</source>
        <translation>В проекте «%1» уже есть элемент «%3» (тип: %2): восстановите его под другим именем.</translation>
    </message>
    <message>
        <source>A project named &apos;%1&apos; already exists: restore it under another name.</source>
        <translation>Проект с именем «%1» уже существует: восстановите его под другим именем.</translation>
    </message>
    <message>
        <source>The rotation rule of secret &apos;%1&apos; is not valid; nothing was imported.</source>
        <translation>Правило ротации секрета «%1» недопустимо; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The platform&apos;s rotation rule of secret &apos;%1&apos; is not valid; nothing was saved.</source>
        <translation>Правило ротации секрета «%1» на платформе недопустимо; ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>A vault already exists at &apos;%1&apos;; init never overwrites one.</source>
        <translation>Хранилище «%1» уже существует; init никогда не перезаписывает хранилища.</translation>
    </message>
    <message>
        <source>New master password: </source>
        <translation>Новый мастер-пароль: </translation>
    </message>
    <message>
        <source>The master password must not be empty.</source>
        <translation>Мастер-пароль не может быть пустым.</translation>
    </message>
    <message>
        <source>Created a vault at &apos;%1&apos;.</source>
        <translation>Создано хранилище «%1».</translation>
    </message>
    <message>
        <source>Changed the master password and replaced the data key: every record is re-encrypted under the new one.</source>
        <translation>Мастер-пароль изменён, ключ данных заменён: каждая запись перешифрована под новым ключом.</translation>
    </message>
    <message>
        <source>Changed the master password.</source>
        <translation>Мастер-пароль изменён.</translation>
    </message>
    <message>
        <source>No new master password given and no terminal to ask for it: use --new-password-file FILE.</source>
        <translation>Новый мастер-пароль не указан, и запросить его негде (нет терминала): используйте --new-password-file ФАЙЛ.</translation>
    </message>
    <message>
        <source>Could not create the folder &apos;%1&apos;.</source>
        <translation>Не удалось создать папку «%1».</translation>
    </message>
    <message>
        <source>Could not create the folder &apos;%1&apos;: %2.</source>
        <translation>Не удалось создать папку «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>VaultRekey</name>
    <message>
        <source>Record #%1 of the vault is damaged or was tampered with, so the data key cannot be replaced without losing it. Nothing was changed: the old password and key still open the vault.</source>
        <translation>Запись №%1 хранилища повреждена или изменена посторонними, поэтому ключ данных нельзя заменить, не потеряв её. Ничего не изменено: хранилище по-прежнему открывается старым паролем и ключом.</translation>
    </message>
    <message>
        <source>The vault holds records in tables this BotVault cannot re-encrypt (%1); nothing was changed.</source>
        <translation>В хранилище есть записи в таблицах, которые эта версия BotVault не умеет перешифровывать (%1); ничего не изменено.</translation>
    </message>
    <message>
        <source>The record keys could not be derived; nothing was changed.</source>
        <translation>Не удалось получить ключи записей; ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault&apos;s audit log is broken at entry %1, so the data key cannot be replaced without hiding that. Nothing was changed: the old password and key still open the vault.</source>
        <translation>Целостность журнала аудита хранилища нарушена на записи %1, поэтому ключ данных нельзя заменить, не скрыв этого. Ничего не изменено: хранилище по-прежнему открывается старым паролем и ключом.</translation>
    </message>
</context>
<context>
    <name>VaultSchema</name>
    <message>
        <source>The vault was written by a newer BotVault (schema %1; this version reads up to %2). Update BotVault to open it.</source>
        <translation>Хранилище записано более новой версией BotVault (схема %1; эта версия читает схемы до %2). Обновите BotVault, чтобы открыть его.</translation>
    </message>
</context>
<context>
    <name>VaultSearchDialog</name>
    <message>
        <source>Search all projects</source>
        <translation>Поиск по всем проектам</translation>
    </message>
    <message>
        <source>&amp;Find in names and variable values:</source>
        <translation>&amp;Найти в именах и значениях переменных:</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Текст для поиска</translation>
    </message>
    <message>
        <source>A name such as STRIPE, or part of a variable&apos;s value</source>
        <translation>Имя, например STRIPE, или часть значения переменной</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Где найдено</translation>
    </message>
    <message>
        <source>Secret values are never searched.</source>
        <translation>Значения секретов никогда не участвуют в поиске.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message>
        <source>Found: %1. Enter or a double-click shows the item.</source>
        <translation>Найдено: %1. Enter или двойной щелчок открывает элемент.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>(the values differ; they are too long to compare line by line)</source>
        <translation>(значения различаются; они слишком длинные для построчного сравнения)</translation>
    </message>
    <message>
        <source>This is the current state.</source>
        <translation>Это текущее состояние.</translation>
    </message>
    <message>
        <source>Name: %1 → %2 (now)</source>
        <translation>Имя: %1 → %2 (сейчас)</translation>
    </message>
    <message>
        <source>Export: included → left out (now)</source>
        <translation>Экспорт: включена → не включена (сейчас)</translation>
    </message>
    <message>
        <source>Export: left out → included (now)</source>
        <translation>Экспорт: не включена → включена (сейчас)</translation>
    </message>
    <message>
        <source>The value of this version was forgotten.</source>
        <translation>Значение этой версии забыто.</translation>
    </message>
    <message>
        <source>The value is the same as now.</source>
        <translation>Значение такое же, как сейчас.</translation>
    </message>
    <message>
        <source>Value (- this version, + now):</source>
        <translation>Значение (- эта версия, + сейчас):</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Secrets and variables for chatbot projects.</source>
        <translation>Секреты и переменные проектов чат-ботов.</translation>
    </message>
    <message>
        <source>The vault file (default: %1).</source>
        <translation>Файл хранилища (по умолчанию: %1).</translation>
    </message>
</context>
</TS>
