// ES5: the platform's script: blocks and required .js files.
function fetchWeather(city) {
    var key = $secrets.get("weatherApiKey");
    var backup = $secrets.get("backupApiKey", "");
    var level = $env.get("logLevel");
    return $http.get("https://weather.example.test/v1?q=" + city + "&key=" + (key || backup), {level: level});
}

function allConfigured() {
    try {
        $injector.secrets.forEach(function (secret) {
            $secrets.get(secret);
        });
        _.each($injector.variables, function (variable) {
            $env.get(variable);
        });
    } catch (e) {
        return false;
    }
    return true;
}
