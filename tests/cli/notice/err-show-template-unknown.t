# --show-template with a name that is not a built-in's is an error (exit 2) that suggests the closest and lists the built-ins.
--- run
bargain notice --show-template media-advisry
--- stderr
bargain: --show-template: no built-in template 'media-advisry' (did you mean 'media-advisory'?); the built-in templates are media-advisory, intent-to-strike, press-release, ballot-result
--- exit 2
