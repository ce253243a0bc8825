<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Adding, editing and deleting secrets needs the %1 role.</source>
        <translation>Для добавления, изменения и удаления секретов нужна роль %1.</translation>
    </message>
</context>
<context>
    <name>Aead</name>
    <message>
        <source>The record failed authentication.</source>
        <translation>Запись не прошла проверку подлинности.</translation>
    </message>
    <message>
        <source>AES-256-GCM or a secure random source is not available: install the OpenSSL plugin of QCA (qca-ossl) and restart BotVault.</source>
        <translation>AES-256-GCM или надёжный источник случайных чисел недоступен: установите модуль OpenSSL для QCA (qca-ossl) и перезапустите BotVault.</translation>
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
        <source>Change the master password.</source>
        <translation>Сменить мастер-пароль.</translation>
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
        <source>Add a secret or replace its value. The value comes from standard input (one trailing line ending removed) or, at a terminal, is typed without echo; never from the command line.</source>
        <translation>Добавить секрет или заменить его значение. Значение читается со стандартного ввода (один завершающий перевод строки отбрасывается) или, в терминале, вводится без отображения; из командной строки — никогда.</translation>
    </message>
    <message>
        <source>List the secrets: name, updated, updated by. Values are never shown.</source>
        <translation>Показать список секретов: имя, когда и кем изменён. Значения никогда не показываются.</translation>
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
        <translation>Использование: botvault-cli [--vault ФАЙЛ] [--password-file ФАЙЛ] [--json] КОМАНДА [АРГУМЕНТЫ]

Хранит секреты и переменные проектов ботов в зашифрованном локальном хранилище.

Команды:
%1
Параметры (в любом месте строки):
  --vault ФАЙЛ            Файл хранилища. По умолчанию: %2
  --password-file ФАЙЛ    Прочитать мастер-пароль из ФАЙЛА (один завершающий перевод
                          строки отбрасывается).
  --json                  Выводить списки и результат &apos;var get&apos; в формате JSON.
  --help, -h              Показать эту справку.
  --version               Показать версию.
  --                      Конец параметров: ЗНАЧЕНИЕ, начинающееся с &apos;-&apos;, ставится после него.

Мастер-пароль берётся из --password-file, иначе из переменной окружения
BOTVAULT_PASSWORD, иначе запрашивается в терминале без отображения ввода.
Имена секретов и переменных: латинские буквы, цифры и подчёркивания, от 1 до 128 символов.

Коды завершения:
  0  успех
  1  сбой: ошибка файловой системы, базы данных или внутренняя ошибка
  2  использование: неверная командная строка или мастер-пароль получить неоткуда
  3  неверные данные: недопустимое имя или значение, значение больше 64 КиБ, имя уже занято
  4  не найдено: файл хранилища, проект, секрет или переменная
  5  неверный мастер-пароль
  6  повреждено хранилище или запись (в списках остальные записи всё равно показываются)
  7  доступ запрещён
</translation>
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
        <source>Changed the master password.</source>
        <translation>Мастер-пароль изменён.</translation>
    </message>
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
        <source>Renamed project &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>Проект «%1» переименован в «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%n secret</source>
        <translation>
            <numerusform>%n секретом</numerusform>
            <numerusform>%n секретами</numerusform>
            <numerusform>%n секретами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets</source>
        <translation>
            <numerusform>%n секретом</numerusform>
            <numerusform>%n секретами</numerusform>
            <numerusform>%n секретами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable</source>
        <translation>
            <numerusform>%n переменной</numerusform>
            <numerusform>%n переменными</numerusform>
            <numerusform>%n переменными</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variables</source>
        <translation>
            <numerusform>%n переменной</numerusform>
            <numerusform>%n переменными</numerusform>
            <numerusform>%n переменными</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed project &apos;%1&apos; with %2 and %3.</source>
        <translation>Удалён проект «%1» вместе с %2 и %3.</translation>
    </message>
    <message>
        <source>Added secret %1 to project %2.</source>
        <translation>Секрет %1 добавлен в проект %2.</translation>
    </message>
    <message>
        <source>Replaced the value of secret %1 in project %2.</source>
        <translation>Значение секрета %1 в проекте %2 заменено.</translation>
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
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
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
        <source>Renamed variable %1 to %2 in project %3.</source>
        <translation>Переменная %1 в проекте %3 переименована в %2.</translation>
    </message>
    <message>
        <source>Removed variable %1 from project %2.</source>
        <translation>Переменная %1 удалена из проекта %2.</translation>
    </message>
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
        <source>No new master password given and no terminal to ask for it: use --new-password-file FILE.</source>
        <translation>Новый мастер-пароль не указан, и запросить его негде (нет терминала): используйте --new-password-file ФАЙЛ.</translation>
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
        <source>Value of secret %1 (not shown): </source>
        <translation>Значение секрета %1 (не отображается): </translation>
    </message>
    <message>
        <source>The value of secret %1 is empty; a secret needs a value.</source>
        <translation>Значение секрета %1 пустое, а у секрета должно быть значение.</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; is damaged and cannot be read.</source>
        <translation>Проект «%1» повреждён, и его нельзя прочитать.</translation>
    </message>
    <message>
        <source>Could not create the folder &apos;%1&apos;.</source>
        <translation>Не удалось создать папку «%1».</translation>
    </message>
    <message>
        <source>Could not create the folder &apos;%1&apos;: %2.</source>
        <translation>Не удалось создать папку «%1»: %2.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
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
    <name>MainWindow</name>
    <message>
        <source>BotVault</source>
        <translation>BotVault</translation>
    </message>
    <message>
        <source>Local vault: not connected to a platform</source>
        <translation>Локальное хранилище: нет подключения к платформе</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Разблокировать…</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Разблокировать хранилище</translation>
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
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
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
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hold down to show the text</source>
        <translation>Удерживайте, чтобы увидеть текст</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Show %1 while pressed</source>
        <translation>Показывать поле «%1», пока кнопка нажата</translation>
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
    <message>
        <source>Delete project “%1” with %2 and %3?

This cannot be undone.</source>
        <translation>Удалить проект «%1» вместе с %2 и %3?

Это действие нельзя отменить.</translation>
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
</context>
<context>
    <name>RecordCodec</name>
    <message>
        <source>A record of the vault is malformed.</source>
        <translation>Запись хранилища имеет неверный формат.</translation>
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
        <source>Delete the secret “%1” from project “%2”?

Bot scripts that read it with $secrets.get(&quot;%1&quot;) will no longer find it on any channel once this is published. This cannot be undone.</source>
        <translation>Удалить секрет «%1» из проекта «%2»?

После публикации скрипты бота, читающие его через $secrets.get(&quot;%1&quot;), больше не найдут его ни в одном канале. Это действие нельзя отменить.</translation>
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
        <source>Adding, editing and deleting secrets needs this role. The platform&apos;s pages disagree on which role manages secrets; choose the one your platform uses.</source>
        <translation>Эта роль нужна, чтобы добавлять, изменять и удалять секреты. Страницы платформы расходятся в том, какая роль управляет секретами; выберите ту, что использует ваша платформа.</translation>
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
        <source>Delete the environment variable “%1” from project “%2”?

Channels keep the value they were deployed with until they are deployed again. This cannot be undone.</source>
        <translation>Удалить переменную окружения «%1» из проекта «%2»?

Каналы сохраняют значение, с которым были развёрнуты, до следующего развёртывания. Это действие нельзя отменить.</translation>
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
        <source>The folder %1 could not be created.</source>
        <translation>Не удалось создать папку %1.</translation>
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
</context>
<context>
    <name>VaultSchema</name>
    <message>
        <source>The vault was written by a newer BotVault (schema %1; this version reads up to %2). Update BotVault to open it.</source>
        <translation>Хранилище записано более новой версией BotVault (схема %1; эта версия читает схемы до %2). Обновите BotVault, чтобы открыть его.</translation>
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
