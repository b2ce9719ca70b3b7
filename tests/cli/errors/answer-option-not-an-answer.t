# --answer maps a word to something that is not an answer (For=accept), or gives no answer at all: refused, with the answers there are.
--- file online.csv
Member ID,accept
E00032,Against
E00040,For
--- run
bargain tally online.csv --column voter="Member ID" --answer For=accept
bargain tally online.csv --column voter="Member ID" --answer For
--- stderr
bargain: --answer 'For=accept': expected WORD=ANSWER, where ANSWER is yes, no, abstain, blank or void (e.g. --answer For=yes)
bargain: --answer 'For': expected WORD=ANSWER, where ANSWER is yes, no, abstain, blank or void (e.g. --answer For=yes)
--- exit 2
