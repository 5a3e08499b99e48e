"""The training room for buddy learning: practice cases, sessions with a short code, two buddies'
answers compared with the assistant's draft, discussion questions from the report, and a Markdown
export. `room.TrainingRoom` is what the service layer hands to a front end; `store` keeps the
records (SQLite, redacted like the audit log); `answers`, `compare`, `discussion` and `export` are pure.
"""
