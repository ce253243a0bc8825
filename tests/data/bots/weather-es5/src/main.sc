require: functions.js

theme: /

    state: Start
        q!: $regex</start>
        script:
            $temp.units = $env.get("weatherUnits");
            $temp.lang = $env.get("replyLanguage", "en");
            $temp.timeout = $env.get("requestTimeout", 5000);
            $temp.level = $env.get("logLevel", "info");
        a: Hello! Which city's weather shall I look up?

    state: CheckSettings
        script:
            for (var i = 0; i < $injector.secrets.length; i++) {
                $secrets.get($injector.secrets[i]);
            }
            for (var name in $injector.variables) {
                $env.get(name);
            }
        a: Everything is configured.
