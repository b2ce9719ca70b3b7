# Few void answers in all, but a third of one file's: that file is named in a warning.
--- file online.csv
voter,accept
V01,yes
V02,no
V03,yes
V04,no
V05,yes
V06,no
V07,yes
V08,no
V09,yes
V10,no
V11,yes
V12,no
V13,yes
V14,no
V15,yes
V16,no
V17,yes
V18,no
V19,yes
V20,no
V21,yes
V22,no
V23,yes
V24,no
V25,yes
V26,no
V27,yes
V28,no
V29,yes
V30,no
V41,yes
V42,no
V43,yes
V44,no
V45,yes
V46,no
V47,yes
V48,no
V49,yes
V50,no
--- file paper.csv
voter,accept
V31,yes
V32,Y
V33,Y
V34,no
V35,no
V36,yes
--- run
bargain tally online.csv paper.csv > /dev/null; echo "exit $?"
--- stdout
exit 0
--- stderr
bargain: paper.csv:1:7: warning: 2 of the 6 answers to 'accept' in this file (33.3%) are void: Y: 2. If they are answers, map them: --answer Y=yes (or answers: {yes: ["Y"]} in the campaign vote)
