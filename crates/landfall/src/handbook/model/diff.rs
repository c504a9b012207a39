//! How one version of a chapter differs from the one before it, paragraph by
//! paragraph: honest and light (a longest common subsequence of blocks), so
//! a reader sees which sections were added, dropped or rewritten.

/// What happened to a block between two versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Kept,
    Added,
    Removed,
}

/// A block of Markdown (a paragraph, a heading, a list, a table…).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub change: Change,
    pub text: String,
}

impl Block {
    pub fn is_added(&self) -> bool {
        self.change == Change::Added
    }

    pub fn is_removed(&self) -> bool {
        self.change == Change::Removed
    }
}

/// A line that begins a list item or a heading: it starts a block of its
/// own, so that one changed item does not mark the whole list as changed.
fn starts_block(line: &str) -> bool {
    let line = line.trim_start();
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    line.starts_with("- ")
        || line.starts_with("* ")
        || line.starts_with("+ ")
        || line.starts_with('#')
        || (digits > 0 && (line[digits..].starts_with(". ") || line[digits..].starts_with(") ")))
}

/// Splits Markdown into blocks at blank lines, list items and headings
/// (whitespace at line ends ignored).
pub fn blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in markdown.lines().map(str::trim_end) {
        if (line.trim().is_empty() || starts_block(line)) && !current.is_empty() {
            blocks.push(current.join("\n"));
            current.clear();
        }
        if !line.trim().is_empty() {
            current.push(line);
        }
    }
    if !current.is_empty() {
        blocks.push(current.join("\n"));
    }
    blocks
}

/// Chapters longer than this many blocks are compared as wholly rewritten
/// rather than spending quadratic time on them.
const MAX_BLOCKS: usize = 2_000;

/// The blocks of `new` and the removed blocks of `old`, in reading order.
pub fn compare(old: &str, new: &str) -> Vec<Block> {
    let old = blocks(old);
    let new = blocks(new);
    if old.len() > MAX_BLOCKS || new.len() > MAX_BLOCKS {
        return old
            .into_iter()
            .map(|text| Block {
                change: Change::Removed,
                text,
            })
            .chain(new.into_iter().map(|text| Block {
                change: Change::Added,
                text,
            }))
            .collect();
    }
    // common[i][j]: length of the longest common run of old[i..] and new[j..].
    let mut common = vec![vec![0u32; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            common[i][j] = if old[i] == new[j] {
                common[i + 1][j + 1] + 1
            } else {
                common[i + 1][j].max(common[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            out.push(Block {
                change: Change::Kept,
                text: new[j].clone(),
            });
            i += 1;
            j += 1;
        } else if j < new.len() && (i == old.len() || common[i][j + 1] >= common[i + 1][j]) {
            out.push(Block {
                change: Change::Added,
                text: new[j].clone(),
            });
            j += 1;
        } else {
            out.push(Block {
                change: Change::Removed,
                text: old[i].clone(),
            });
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changes(blocks: &[Block]) -> Vec<(Change, &str)> {
        blocks.iter().map(|b| (b.change, b.text.as_str())).collect()
    }

    #[test]
    fn paragraphs_added_removed_and_kept_are_told_apart() {
        let old = "# Steps\n\nVisit the host.\n\nBook a desk.  \n\nSign the lease.";
        let new =
            "# Steps\n\nVisit the host.\n\nBook a desk.\n\nMeet the bank.\n\nSign a short lease.";
        use Change::*;
        assert_eq!(
            changes(&compare(old, new)),
            [
                (Kept, "# Steps"),
                (Kept, "Visit the host."),
                (Kept, "Book a desk."),
                (Added, "Meet the bank."),
                (Added, "Sign a short lease."),
                (Removed, "Sign the lease."),
            ]
        );
        assert!(compare(new, new).iter().all(|b| b.change == Kept));
        assert!(compare("", "One.").iter().all(|b| b.is_added()));
        assert!(compare("One.", "").iter().all(|b| b.is_removed()));
    }

    #[test]
    fn blocks_split_at_blank_lines_items_and_headings() {
        assert_eq!(blocks("a\nb\n\n\n c \n"), ["a\nb", " c"]);
        assert_eq!(
            blocks("## Steps\n- one\n  more\n- two\n1. three\n12) four\n2024 was good"),
            [
                "## Steps",
                "- one\n  more",
                "- two",
                "1. three",
                "12) four\n2024 was good"
            ]
        );
    }

    #[test]
    fn one_changed_item_is_one_change() {
        let old = "- keep\n- old item\n- also keep";
        let new = "- keep\n- new item\n- also keep";
        let blocks = compare(old, new);
        let changed: Vec<(Change, &str)> = changes(&blocks)
            .into_iter()
            .filter(|(change, _)| *change != Change::Kept)
            .collect();
        assert_eq!(
            changed,
            [
                (Change::Added, "- new item"),
                (Change::Removed, "- old item")
            ]
        );
    }
}
