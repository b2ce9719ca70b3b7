# A missing campaign file is named.
--- run
bargain offers nowhere.yaml
--- stderr
bargain: nowhere.yaml: cannot open: No such file or directory
--- exit 2
