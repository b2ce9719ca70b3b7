# --list-templates lists the built-in templates, one line each; no campaign is needed.
--- run
bargain notice --list-templates
--- stdout
media-advisory    a media advisory for a picket, rally or strike: WHAT, WHO, WHEN, WHERE, WHY (default for pickets, rallies and strikes)
intent-to-strike  a formal notice of intent to strike to the employer, citing the statute, with a proof of service (default for notices of type intent-to-strike)
press-release     a press release about the event, with the campaign's facts
ballot-result     the result of a vote in numbers and words, for members and the employer, with TULRCA s.231's statement under a UK rule (default for a vote's id)
