function allSecretsDefined() {
  try {
    $injector.secrets.forEach((secret) => $secrets.get(secret));
    $injector.variables.forEach($env.get);
    for (const name of $injector.variables) {
      $env.get(name);
    }
  } catch (err) {
    return false;
  }
  return true;
}

export default { allSecretsDefined };
