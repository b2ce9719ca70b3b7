# A template file that names a partial ({{> name}}) is refused at the tag: only the built-in templates have partials, and --show-template prints them pasted in, so a team's copy is one whole file.
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside teachers 2024
  employer: Board of Education of Westside School District 99
events:
  - id: rally
    kind: rally
    title: Rally for a fair contract
    date: 2024-09-05
--- file rally.mustache
{{event.title}}

{{> about-the-units}}
--- run
bargain notice campaign.yaml rally --template rally.mustache
--- stderr
bargain: rally.mustache:3:1: {{> about-the-units}} names a partial, and only bargain's built-in templates have partials: a template file must be whole, so paste the partial's text in place of this line
   = help: bargain notice --show-template NAME --format FMT prints a built-in template with its partials pasted in
--- exit 2
