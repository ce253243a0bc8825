import OpenAI from "openai";

let client;

function initClient() {
  client = new OpenAI({
    apiKey: $secrets.get("openaiApiKey"),
    baseURL: $env.get("openaiBaseUrl"),
  });
}

async function complete(text, temperature) {
  const completion = await client.chat.completions.create({
    messages: [{ role: "user", content: text }],
    model: $env.get("openaiModel", "gpt-3.5-turbo"),
    temperature,
  });
  return completion.choices[0].message.content;
}

export default { initClient, complete };
