"""What mentor and mentee promise each other, and the confidentiality clause they sign.

The program's two lists of responsibilities (the roles-and-responsibilities sheet and the
mentoring agreement) restated as first-person undertakings, merged where they say the same
thing, so that the form carries every commitment of both without repeating one. One sentence
per commitment, so that each can be translated (and checked on the printed form) on its own.
"""

from __future__ import annotations

from mentorat_desktop.i18n import N_

MENTEE_COMMITMENTS: tuple[str, ...] = (
    N_("Keep everything we discuss confidential."),
    N_("Having registered with the program, commit myself fully to the mentoring process."),
    N_("Take ownership of our meetings and steer them towards my own interests and challenges."),
    N_("Come to every meeting prepared, so that it is worthwhile for my mentor as well as for me."),
    N_(
        "Describe my needs as clearly as I can and say which ones are urgent, without turning "
        "to my mentor only for quick answers: my mentor accompanies me through a process."
    ),
    N_("Trust my mentor, without fear of showing what I do not know yet."),
    N_(
        "Talk over different ways of learning with my mentor, and accept the ground rules my "
        "mentor suggests."
    ),
    N_("Listen carefully and welcome feedback, including feedback that is hard to hear."),
    N_("Stay open-minded and patient while our relationship takes shape."),
    N_(
        "Respect my mentor's schedule, choosing a time, a place and a means of communication "
        "that suit my mentor."
    ),
    N_("Dare to ask my questions, even those that feel awkward."),
    N_("Keep our conversations focused on the goals we have set."),
    N_("Show my mentor that I value the time and experience they share with me."),
    N_("Be myself, honestly, in our exchanges."),
    N_("Take time to reflect on what I learn and on how our relationship is going."),
    N_(
        "Reach out to my mentor whenever I need to, knowing that a reply within 24 to 48 hours "
        "is reasonable."
    ),
    N_("Keep to the meeting frequency we agreed on, as written below."),
)

MENTOR_COMMITMENTS: tuple[str, ...] = (
    N_("Keep everything my mentee shares with me confidential."),
    N_("Take part willingly and make myself available to my mentee."),
    N_("Remain open and patient throughout our relationship."),
    N_("Listen closely to the needs my mentee expresses."),
    N_("Be ready, in turn, to listen to feedback and take it on board."),
    N_("Offer guidance on professional questions and lead by example."),
    N_("Give my mentee my undivided attention when we meet."),
    N_("Help my mentee widen their professional network."),
    N_("Prepare for each of our meetings, so that each one is worthwhile for my mentee."),
    N_("Encourage my mentee to go beyond their comfort zone."),
    N_("Set clear boundaries for our relationship, and keep to them."),
    N_("Agree with my mentee on the objectives we will work towards."),
    N_(
        "Answer my mentee's urgent needs, such as a client waiting for an answer, within 24 "
        "to 48 hours."
    ),
    N_(
        "Suggest a variety of ways to learn, including, where it helps, conversations with "
        "other mentors."
    ),
    N_("Make clear what I will bring to the process, and what any other mentor will bring."),
    N_("Build a relationship of mutual trust."),
    N_("Stay beside my mentee from the beginning of the process to its end."),
    N_("Be myself, honestly, in our exchanges with my mentee."),
    N_("Reflect regularly on our relationship and on what it teaches me."),
    N_(
        "Advise on career choices when asked, without looking for a job on my mentee's "
        "behalf: my experience serves to prepare my mentee for greater leadership "
        "responsibilities."
    ),
)

CONFIDENTIALITY_CLAUSE: tuple[str, ...] = (
    N_(
        "Mentoring rests on trust. We agree that what is said in our meetings, in our messages "
        "and in the documents we exchange stays between the two of us, unless the person "
        "concerned agrees to share it."
    ),
    N_(
        "This duty of discretion lasts beyond the program year, whether our relationship ends "
        "as planned or earlier."
    ),
    N_(
        "It gives way only where the law requires information to be disclosed, or where "
        "someone's health or safety is seriously at risk."
    ),
    N_(
        "If a difficulty arises, we will first talk it over together, respectfully. Either of "
        "us may also turn to the mentoring committee, which will treat the request with the "
        "same discretion."
    ),
    N_(
        "This signed form stays with us and is not sent to the chapter; the committee only "
        "notes that it was signed, and when."
    ),
)
