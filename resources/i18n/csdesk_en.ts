<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppraisalsPage</name>
    <message numerus="yes">
        <source>Close {month}? {drafts} appraisals not final yet are computed once more and locked, and the Service Star is recorded. Corrections after that are amendments.</source>
        <translation>
            <numerusform>Close {month}? {drafts} appraisal not final yet is computed once more and locked, and the Service Star is recorded. Corrections after that are amendments.</numerusform>
            <numerusform>Close {month}? {drafts} appraisals not final yet are computed once more and locked, and the Service Star is recorded. Corrections after that are amendments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} appraisals written to {path}</source>
        <translation>
            <numerusform>{count} appraisal written to {path}</numerusform>
            <numerusform>{count} appraisals written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>Saved %n entries to {path}.</source>
        <translation>
            <numerusform>Saved %n entry to {path}.</numerusform>
            <numerusform>Saved %n entries to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message numerus="yes">
        <source>{count} rows written to {path}.</source>
        <translation>
            <numerusform>{count} row written to {path}.</numerusform>
            <numerusform>{count} rows written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training report with {count} sessions written to {path}.</source>
        <translation>
            <numerusform>Training report with {count} session written to {path}.</numerusform>
            <numerusform>Training report with {count} sessions written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training matrix of {count} agents written to {path}.</source>
        <translation>
            <numerusform>Training matrix of {count} agent written to {path}.</numerusform>
            <numerusform>Training matrix of {count} agents written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Appraisals of {month} ({count} agents) written to {path}.</source>
        <translation>
            <numerusform>Appraisals of {month} ({count} agent) written to {path}.</numerusform>
            <numerusform>Appraisals of {month} ({count} agents) written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} actions written to {path}.</source>
        <translation>
            <numerusform>{count} action written to {path}.</numerusform>
            <numerusform>{count} actions written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coaching sheets of {month} ({count} agents) written to {path}.</source>
        <translation>
            <numerusform>Coaching sheets of {month} ({count} agent) written to {path}.</numerusform>
            <numerusform>Coaching sheets of {month} ({count} agents) written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rota of {week} ({count} agents) written to {path}.</source>
        <translation>
            <numerusform>Rota of {week} ({count} agent) written to {path}.</numerusform>
            <numerusform>Rota of {week} ({count} agents) written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} goals set for {year}.</source>
        <translation>
            <numerusform>{count} goal set for {year}.</numerusform>
            <numerusform>{count} goals set for {year}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message numerus="yes">
        <source>{count} complaints exported to {path}</source>
        <translation>
            <numerusform>{count} complaint exported to {path}</numerusform>
            <numerusform>{count} complaints exported to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} complaints</source>
        <translation>
            <numerusform>{count} complaint</numerusform>
            <numerusform>{count} complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message numerus="yes">
        <source>{months} months</source>
        <translation>
            <numerusform>{months} month</numerusform>
            <numerusform>{months} months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message numerus="yes">
        <source>{count} short stretches this week ({hours} agent-hours missing).</source>
        <translation>
            <numerusform>{count} short stretch this week ({hours} agent-hours missing).</numerusform>
            <numerusform>{count} short stretches this week ({hours} agent-hours missing).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message numerus="yes">
        <source>{count} conversations of the month, computed into this KPI.</source>
        <translation>
            <numerusform>{count} conversation of the month, computed into this KPI.</numerusform>
            <numerusform>{count} conversations of the month, computed into this KPI.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The QA score is the mean of the month&apos;s {count} reviews.</source>
        <translation>
            <numerusform>The QA score is the score of the month&apos;s {count} review.</numerusform>
            <numerusform>The QA score is the mean of the month&apos;s {count} reviews.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message numerus="yes">
        <source>{count} days added; {total} days of {year} in the list</source>
        <translation>
            <numerusform>{count} day added; {total} days of {year} in the list</numerusform>
            <numerusform>{count} days added; {total} days of {year} in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all {count} days of {year}? The clocks will count them as ordinary days.</source>
        <translation>
            <numerusform>Remove the {count} day of {year}? The clocks will count it as an ordinary day.</numerusform>
            <numerusform>Remove all {count} days of {year}? The clocks will count them as ordinary days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>… and {count} more problems.</source>
        <translation>
            <numerusform>… and {count} more problem.</numerusform>
            <numerusform>… and {count} more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more bad lines.</source>
        <translation>
            <numerusform>… and {count} more bad line.</numerusform>
            <numerusform>… and {count} more bad lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{account}: {rows} rows, first on line {line}</source>
        <translation>
            <numerusform>{account}: {rows} row, on line {line}</numerusform>
            <numerusform>{account}: {rows} rows, first on line {line}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message numerus="yes">
        <source>{count} agents written to {path}</source>
        <translation>
            <numerusform>{count} agent written to {path}</numerusform>
            <numerusform>{count} agents written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>Sent to the printer: {count} pages.</source>
        <translation>
            <numerusform>Sent to the printer: {count} page.</numerusform>
            <numerusform>Sent to the printer: {count} pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QA</name>
    <message numerus="yes">
        <source>{count} reviews were made with this rubric, so its categories stay as they are. Copy it, change the copy and archive this one.</source>
        <translation>
            <numerusform>{count} review was made with this rubric, so its categories stay as they are. Copy it, change the copy and archive this one.</numerusform>
            <numerusform>{count} reviews were made with this rubric, so its categories stay as they are. Copy it, change the copy and archive this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>Standing on {date}; expiring means within {days} days.</source>
        <translation>
            <numerusform>Standing on {date}; expiring means within {days} day.</numerusform>
            <numerusform>Standing on {date}; expiring means within {days} days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotaDialogs</name>
    <message numerus="yes">
        <source>Rota of {count} agents written to {path}</source>
        <translation>
            <numerusform>Rota of {count} agent written to {path}</numerusform>
            <numerusform>Rota of {count} agents written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} lines written to {path}</source>
        <translation>
            <numerusform>{count} line written to {path}</numerusform>
            <numerusform>{count} lines written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RubricsDialog</name>
    <message numerus="yes">
        <source>{count} reviews</source>
        <translation>
            <numerusform>{count} review</numerusform>
            <numerusform>{count} reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} reviews were made with this rubric: names can be corrected, but weights and scales stay. To change them, copy the rubric, change the copy and archive this one.</source>
        <translation>
            <numerusform>{count} review was made with this rubric: names can be corrected, but weights and scales stay. To change them, copy the rubric, change the copy and archive this one.</numerusform>
            <numerusform>{count} reviews were made with this rubric: names can be corrected, but weights and scales stay. To change them, copy the rubric, change the copy and archive this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message numerus="yes">
        <source>{count} records exported to {path}</source>
        <translation>
            <numerusform>{count} record exported to {path}</numerusform>
            <numerusform>{count} records exported to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message numerus="yes">
        <source>{count} agents exported to {path}</source>
        <translation>
            <numerusform>{count} agent exported to {path}</numerusform>
            <numerusform>{count} agents exported to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} agents written to {path}</source>
        <translation>
            <numerusform>{count} agent written to {path}</numerusform>
            <numerusform>{count} agents written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekTab</name>
    <message numerus="yes">
        <source>{count} days changed</source>
        <translation>
            <numerusform>{count} day changed</numerusform>
            <numerusform>{count} days changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} shifts copied from {source}</source>
        <translation>
            <numerusform>{count} shift copied from {source}</numerusform>
            <numerusform>{count} shifts copied from {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Swapped on {count} days</source>
        <translation>
            <numerusform>Swapped on {count} day</numerusform>
            <numerusform>Swapped on {count} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} rule checks are still open.</source>
        <translation>
            <numerusform>{count} rule check is still open.</numerusform>
            <numerusform>{count} rule checks are still open.</numerusform>
        </translation>
    </message>
</context>
</TS>
