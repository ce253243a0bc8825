require: openai.js
    type = scriptEs6
    name = openai

require: utils.js
    type = scriptEs6
    name = utils

theme: /

    state: Start
        q!: $regex</start>
        scriptEs6:
            if (utils.allSecretsDefined()) {
                openai.initClient();
            } else {
                $reactions.transition("/NoCredentials");
            }
        a: Hi, I can translate anything you want!

    state: NoCredentials
        # Store the key in a secret called openaiApiKey; $secrets.get("notARead") in a comment is text.
        a: Store your API key in a secret called “openaiApiKey”, then tell me you're done.

    state: Translate
        q: *
        scriptEs6:
            const temperature = Number($env.get("openaiTemperature", "0.7"));
            openai.complete($request.query, temperature).then((reply) => $reactions.answer(reply));
