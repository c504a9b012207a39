# handbook: pages of this group.
hb-handbook = Handbook
hb-desk = Handbook desk
hb-kind-how-to = How-to chapters
hb-kind-case-story = Case stories
hb-kind-lessons-learned = Lessons learned
hb-kind-boosters-blockers = Boosters and blockers
hb-status-draft = Draft
hb-status-submitted = Waiting for review
hb-status-returned = Returned with a note
hb-status-published = Published
hb-by = By { $name }
hb-published-on = published { $date }
hb-version-lower = version { $number }
hb-version-upper = Version { $number }
hb-history-count = { $count ->
    [one] history ({ $count } version)
   *[other] history ({ $count } versions)
}
hb-work-on = work on this chapter
hb-in-this-chapter = In this chapter
hb-correct-fields = Please correct the fields marked below.
hb-preview = Preview
hb-preview-hint = This is how the body will look once published. Nothing has been saved yet.
hb-author-organisation = Author organisation
hb-choose = Choose
hb-title = Title
hb-address = Address
hb-address-hint = The chapter's address: /handbook/<address>. Leave empty to make it from the title.
hb-kind = Kind
hb-summary = Summary
hb-summary-hint = One or two sentences for the table of contents.
hb-body = Body (Markdown)
hb-body-hint-before = Headings (##), lists, tables and links. A paragraph of only
hb-body-hint-after = shows that programme's results.
hb-tags = Tags
hb-tags-hint = Separated by commas
hb-countries = Countries
hb-countries-hint = ISO codes separated by commas, e.g. DK, NO
hb-position = Position in the contents
hb-position-hint = Lower numbers come first within the kind
hb-change-note = What changed
hb-change-note-hint = Shown in the public history once published
hb-save-draft = Save draft
hb-cancel = Cancel
hb-intro = What the network has learnt about taking small companies abroad: how-to chapters, case stories, lessons learned, and the boosters and blockers of internationalisation. Written by the network's organisations and reviewed by another before it is published.
hb-search-label = Search the handbook
hb-search = Search
hb-show-all = Show all
hb-search-count = { $count ->
    [one] { $count } chapter mention “{ $query }”.
   *[other] { $count } chapters mention “{ $query }”.
}
hb-none-published = No chapter has been published yet.
hb-no-match = No chapter matches your search.
hb-new-chapter = New chapter
hb-waiting-review = Waiting for your review
hb-nothing-to-review = Nothing is waiting for your review.
hb-chapter = Chapter
hb-organisation = Organisation
hb-submitted = Submitted
hb-change-note-col = Change note
hb-all-chapters = All chapters
hb-own-chapters = Your organisation's chapters
hb-no-chapters = No chapters yet.
hb-write-first = Write the first one.
hb-newest-version = Newest version
hb-public = Public
hb-state-published = published
hb-state-withdrawn = withdrawn
hb-state-not-yet = not yet
hb-published-version = Published version
hb-history = History
hb-edit-draft = Edit the draft
hb-start-draft = Start a new draft
hb-version-public = version { $number } is public
hb-withdrawn-from = withdrawn from the handbook
hb-not-published-yet = not published yet
hb-last-changed-by = last changed by { $name }
hb-submit-review = Submit for review
hb-note-optional = Note (optional)
hb-note-approval = Note with the approval
hb-approve = Approve and publish
hb-what-change-q = What should change?
hb-what-change = What should change
hb-return = Return
hb-no-draft = There is no open draft
hb-no-draft-start = ; start one to change the chapter (the published version stays public until the new one is approved)
hb-withdraw-text = Withdrawing takes the chapter off the public handbook. Its authors can publish it again through review.
hb-withdraw = Withdraw from the handbook
hb-current-version = Current version
hb-history-intro = Every version of this chapter that was published, the newest first.
hb-written-by-name = Written by { $name }.
hb-version-col = Version
hb-published-col = Published
hb-written-by = Written by
hb-current-badge = current
hb-not-current = This is version { $number }, not the current one.
hb-changes-since = What changed since version { $number }
hb-same-text = The text is the same; only the title, summary or tags changed.
hb-paragraphs-added = { $count ->
    [one] { $count } paragraph added or rewritten,
   *[other] { $count } paragraphs added or rewritten,
}
hb-paragraphs-removed = { $count ->
    [one] { $count } removed or replaced.
   *[other] { $count } removed or replaced.
}
hb-added = added
hb-removed = removed
hb-first-version = This is the first published version.
hb-history-of = History of { $title }
hb-edit-draft-of = Edit the draft of { $title }
hb-draft-title = Draft: { $title }

# Refusals of forms and actions (validation messages and conflicts).
hb-err-already-submitted = this draft is already waiting for review
hb-err-only-submitted = only a draft submitted for review can be approved or returned
hb-err-no-open-draft = there is no open draft
hb-err-withdraw-published = withdraw acts on the published chapter
hb-err-slug-too-long = is too long (at most 60 characters)
hb-err-slug-format = use lower-case letters, digits and dashes (e.g. `soft-landing-steps`)
hb-err-slug-reserved = `{ $slug }` is reserved for the handbook's own pages
hb-err-results-slug = { $directive } needs a programme slug (lower-case letters, digits and dashes)
hb-err-tag-comma = a tag cannot contain a comma
hb-err-tags-max = at most 12 tags
hb-err-position = from 0 to 9999
hb-err-which-organisation = say which organisation writes the chapter
hb-err-no-organisation = no such organisation
hb-err-changed-meanwhile = the chapter changed meanwhile; reload it and try again
hb-err-not-published = the chapter is not published
hb-err-no-open-draft-chapter = there is no open draft of this chapter
hb-err-say-what-change = say what the author should change
hb-err-slug-taken = a chapter at /handbook/{ $slug } already exists; choose another slug or title

# The caption of a programme's live results box in a chapter.
hb-results-box = Results: { $programme }

hb-err-draft-race = someone started a new draft of this chapter at the same time; reload it
