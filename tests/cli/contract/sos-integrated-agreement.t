# contract prints the current contract with every tentative agreement applied, headings keeping their ids, then what is still open; --as-of a session or a date applies the agreements through it.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain contract sos/campaign.yaml; echo "exit $?"
bargain contract sos/campaign.yaml --as-of s1 --format text | sed -n '/17.2 Parental/,/Bereavement/p;/Still open/,$p'; echo "exit $?"
bargain contract sos/campaign.yaml --as-of 2019-10-21 | grep -A3 '^## 17.2'
bargain contract sos/campaign.yaml --as-of 2019-10-22 | grep -A3 '^## 17.2'
--- stdout
# Article 7 Grievance procedure {#art-7}

A grievance is a dispute between the Union, or an employee, and the Employer
over the meaning, interpretation or application of this Agreement.

## 7.1 Informal discussion {#art-7.1}

An employee, with or without a Union representative, should first discuss
the matter with the immediate supervisor. The supervisor shall give an
answer within five (5) working days of the discussion.

## 7.2 Formal steps {#art-7.2}

If the matter is not settled informally, the Union may file a written
grievance within thirty (30) calendar days of the occurrence, or of the
date the employee knew or should have known of it.

1. Step 1: the agency head or designee shall meet with the Union within ten
   (10) working days of receipt and answer in writing within ten (10)
   working days of the meeting.
2. Step 2: a grievance not settled at Step 1 may be appealed in writing to
   the Director of Personnel within fifteen (15) working days of the Step 1
   answer.

## 7.3 Arbitration {#art-7.3}

A grievance not settled at Step 2 may be referred by the Union to
arbitration within thirty (30) calendar days of the Step 2 answer. The
arbitrator shall have no authority to add to, subtract from or modify this
Agreement. The fees and expenses of the arbitrator shall be shared equally
by the parties.

# Article 10 Wages {#art-10}

## 10.1 General increases {#art-10.1}

Effective July 1, 2016, the base salary of each employee covered by this
Agreement shall be increased by two percent (2%).

Effective July 1, 2017, the base salary of each employee shall be increased
by two percent (2%).

## 10.2 Step increases {#art-10.2}

An employee who has not reached the top step of the salary range shall
advance one step on the employee's creditable service date each year,
provided the employee's performance is rated satisfactory or better.

## 10.3 Longevity {#art-10.3}

An employee with ten (10) or more years of continuous service shall receive
a longevity payment of fifty dollars ($50) per month in addition to the
employee's base salary.

# Article 17 Leaves of absence {#art-17}

## 17.1 Sick leave {#art-17.1}

Employees shall earn sick leave at the rate of one (1) day for each month of
service. Unused sick leave shall accumulate without limit.

## 17.2 Parental leave {#art-17.2}

An employee who becomes a parent by birth, adoption or foster
placement shall be granted, on request, eight (8) weeks of paid
parental leave, and an unpaid leave of absence of up to six (6)
months after it. The employee may use accrued vacation and personal
days during the unpaid leave.

## 17.3 Bereavement leave {#art-17.3}

An employee shall be granted up to three (3) days of paid leave upon the
death of a member of the employee's immediate family.

---

Still open or withdrawn:

- **Wages** (art-10.1): open; employer proposal in session s2 (2019-10-22): 1.5% and 2% and 2%

Tentative agreements signed:

- art-7 (Grievance procedure): signed for the union by Dana Whitfield and for the employer by Marcus Bell on 2019-07-09, in session s1
- art-17.2 (Parental leave): signed for the union by Dana Whitfield and for the employer by Marcus Bell on 2019-10-22, in session s2
exit 0
17.2 Parental leave
-------------------

An employee who becomes a parent by birth or adoption shall be granted, on
request, an unpaid leave of absence of up to six (6) months. The employee
may use accrued vacation and personal days during the leave.

17.3 Bereavement leave
Still open or withdrawn:
  Wages (art-10.1): open; union proposal in session s1 (2019-07-09): 4% each year
  Parental leave (art-17.2): open; union proposal in session s1 (2019-07-09): match other constitutional officers

Tentative agreements signed:
  art-7 (Grievance procedure): signed for the union by Dana Whitfield and for the employer by Marcus Bell on 2019-07-09, in session s1
exit 0
## 17.2 Parental leave {#art-17.2}

An employee who becomes a parent by birth or adoption shall be granted, on
request, an unpaid leave of absence of up to six (6) months. The employee
## 17.2 Parental leave {#art-17.2}

An employee who becomes a parent by birth, adoption or foster
placement shall be granted, on request, eight (8) weeks of paid
