#!/usr/bin/env python3
"""Writes corpus.tsv: labelled lines for the credential scan's precision and recall.

Every token is made up here from a fixed seed and carries FAKE or NOTREAL where its alphabet allows:
format-valid, never a real key. Columns: label (secret or clean), the kind expected (or -), the line.
Run it again only to change the corpus; the tests read the committed file.
"""
import random
import string

rng = random.Random(20261207)
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
UPPER_DIGITS = string.ascii_uppercase + string.digits


def rand(alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def marked(alphabet, n, mark="FAKE"):
    body = rand(alphabet, n - len(mark))
    at = rng.randrange(0, len(body))
    return body[:at] + mark + body[at:]


def jwt():
    import base64, json
    b64 = lambda d: base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")
    header = b64({"alg": "HS256", "typ": "JWT"})
    payload = b64({"sub": "FAKE-" + rand(string.digits, 6), "iat": 1700000000 + rng.randrange(10**6)})
    return f"{header}.{payload}.{marked(URLSAFE, 43, 'NOTREAL')}"


TOKENS = {
    "openai-api-key": lambda: rng.choice(["sk-", "sk-proj-", "sk-svcacct-"]) + marked(URLSAFE, rng.choice([48, 64, 120])),
    "anthropic-api-key": lambda: "sk-ant-api03-" + marked(URLSAFE, 93) + "AA",
    "stripe-api-key": lambda: rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + marked(ALNUM, 24 + rng.randrange(75)),
    "stripe-webhook-secret": lambda: "whsec_" + marked(ALNUM, 32),
    "telegram-bot-token": lambda: rand(string.digits, rng.choice([9, 10])).lstrip("0").rjust(10, "7") + ":AA" + marked(URLSAFE, 33),
    "aws-access-key": lambda: rng.choice(["AKIA", "ASIA"]) + marked(UPPER_DIGITS, 16),
    "github-token": lambda: rng.choice(["ghp_", "gho_", "ghs_"]) + marked(ALNUM, 36) if rng.random() < 0.7
        else "github_pat_" + marked(ALNUM, 22) + "_" + rand(ALNUM, 59),
    "gitlab-token": lambda: "glpat-" + marked(URLSAFE, 20),
    "slack-token": lambda: rng.choice(["xoxb-", "xoxp-", "xoxa-", "xoxr-"]) + rand(string.digits, 12) + "-" + rand(string.digits, 13) + "-" + marked(ALNUM, 24),
    "google-api-key": lambda: "AIza" + marked(URLSAFE, 35),
    "yandex-iam-token": lambda: "t1.9euelZq" + marked(URLSAFE, 60) + "." + marked(URLSAFE, 86, "NOTREAL"),
    "yandex-api-key": lambda: "AQVN" + marked(URLSAFE, 36),
    "jwt": jwt,
}

CODE_CONTEXTS = [
    'const apiKey = "{t}";',
    "    // const TOKEN = '{t}';",
    '$http.post(url, {{headers: {{Authorization: "Bearer {t}"}}}});',
    "  token: {t}",
    '    "key": "{t}",',
    "        # old key, moved to $secrets: {t}",
    'client = new Client({{ credentials: "{t}" }});',
    'var bot = connect("{t}");',
    "/* {t} */",
    'headers["X-Api-Key"] = `{t}`;',
]

ASSIGNED = [
    ('const apiKey = "{v}";', lambda: marked(ALNUM, 32)),
    ("  API_SECRET: {v}", lambda: marked(ALNUM, 40)),
    ('    "clientSecret": "{v}",', lambda: marked(ALNUM + "-_", 28)),
    ("// var password = '{v}';", lambda: marked(ALNUM + "!@#%^&*", 18)),
    ("  access_token = '{v}'", lambda: marked(string.hexdigits.lower()[:16], 40)),
    ("SMS_TOKEN={v}", lambda: marked(ALNUM, 24)),
    ("            $temp.authKey = \"{v}\";", lambda: marked(ALNUM, 30)),
]

URL_PASSWORDS = [
    'const uri = "mongodb+srv://botuser:{p}@cluster0.example.test/bot";',
    "  url: postgres://admin:{p}@db.internal:5432/shop",
    "// redis://default:{p}@cache.internal:6379",
    'amqp://bot:{p}@mq.internal/vhost',
]

CLEAN = [
    "commit 3f786850e387550fdab836ed7e6dc881de23001b",
    '    "resolved": "https://registry.example.test/lodash/-/lodash-4.17.21.tgz#679591c564c3bffaae8454cf0b3df370c3d6911c",',
    "// Fixed in a1b2c3d4e5f60718293a4b5c6d7e8f9012345678 (see the changelog).",
    '    "integrity": "sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg==",',
    "checksum: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    'const hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";',
    'const sessionId = "550e8400-e29b-41d4-a716-446655440000";',
    "requestId: 123e4567-e89b-12d3-a456-426614174000",
    'const logo = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";',
    'background: url("data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");',
    '    apiKey: "sk-...",',
    "OPENAI_API_KEY=YOUR_API_KEY",
    'const token = "xxxx";',
    'const token = "<your-bot-token>";',
    "  apiKey: ${OPENAI_API_KEY}",
    'openai.apiKey = "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";',
    "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
    'const gh = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";',
    'const uri = "postgres://user:password@localhost:5432/db";',
    'const uri = `mongodb://${DB_USER}:${DB_PASS}@db.internal/bot`;',
    "  url: redis://:$REDIS_PASSWORD@cache.internal:6379",
    'const token = $secrets.get("telegramToken");',
    "  apiKey: process.env.OPENAI_API_KEY,",
    '  password: $env.get("DB_PASSWORD"),',
    'const token = "test-token";',
    'expect(mask("secret")).toBe("******");',
    '    secretName: "openaiApiKey",',
    'const TOKEN_HEADER = "X-Auth-Token";',
    '  token_url: "https://oauth.example.test/token",',
    "  tokenType: Bearer",
    "passwordMinLength = 12;",
    "secretsVersion: 3",
    "max_tokens: 2048",
    'const model = "sk-learn-model-classifier-v2";',
    'const tokenizer = "bert-base-multilingual-uncased";',
    "    state: AskPassword",
    "        a: Please enter your password.",
    '$reactions.answer("Your token has expired, please log in again.");',
    "  endpoint: https://s3.storage.example.test",
    'fetch("https://api.example.test:8443/v1/items?limit=50");',
    "git clone https://github.example.test/bot/shop.git",
    'const color = "#ff00aa";',
    '  "version": "1.2.3",',
    "        q!: $regex</start>",
    'var id = "1234567890:abcdefghij";',
    "time: 2024-01-01T10:00:00Z",
    'log.info("token refreshed for user " + userId);',
    "publicKey: -----BEGIN PUBLIC KEY-----",
    "  secret_key_name: STRIPE_SECRET_KEY",
    'const apiKeyName = "OPENAI_API_KEY";',
    'password = "";',
    '    "token": null,',
    "  authKeyLength: 32",
    "// apiKey = getApiKey(config.environment);",
    'const re = /sk-[A-Za-z0-9]{20,}/;',
    "  credentials: include",
    'const accessToken = response.data.access_token;',
    'const cacheKey = `user:${userId}:profile`;',
    "api_key_header: X-Api-Key",
    "  github_pat_format: github_pat_<22 chars>_<59 chars>",
    'slackChannel: "#bot-alerts"',
    'const webhook = "https://hooks.example.test/services/ENDPOINT";',
    'uuid = "9b2c4e6a-1f3d-4a5b-8c7d-0e1f2a3b4c5d"',
    "sha: 0c9a8b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b",
    "# Secrets live in BotVault: see chatbot.yaml injector.secrets",
]


def main():
    rows = []
    for kind, make in TOKENS.items():
        for i in range(20):
            rows.append(("secret", kind, CODE_CONTEXTS[i % len(CODE_CONTEXTS)].format(t=make())))
    for i in range(7 * 4):
        context, make = ASSIGNED[i % len(ASSIGNED)]
        rows.append(("secret", "assigned-secret", context.format(v=make())))
    for i in range(4 * 5):
        password = marked(ALNUM, 14, "NOTREAL")
        rows.append(("secret", "url-password", URL_PASSWORDS[i % len(URL_PASSWORDS)].format(p=password)))
    for header in ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"]:
        for prefix in ["", "// ", 'const pem = "', "  key: |\n".strip() + " "]:
            rows.append(("secret", "private-key", f"{prefix}-----BEGIN {header}-----"))
    for line in CLEAN:
        rows.append(("clean", "-", line))
    # The clean lines again in other files' shapes: a comment, a YAML value, a .sc script line.
    for line in CLEAN:
        rows.append(("clean", "-", "// " + line.strip()))
        rows.append(("clean", "-", "            " + line.strip()))
    with open("corpus.tsv", "w", encoding="utf-8") as out:
        out.write("# label\tkind\tline (generated by make_corpus.py: every token is made up)\n")
        for label, kind, line in rows:
            assert "\t" not in line and "\n" not in line
            out.write(f"{label}\t{kind}\t{line}\n")


main()
