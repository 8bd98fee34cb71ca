package tokenizer

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
	"golang.org/x/text/unicode/norm"
)

// refPattern is Qwen2's split regex for regexp2. regexp2's \s (Unicode
// White_Space), \S, \p{L}, \p{N} and look-ahead mean what they mean in
// Oniguruma, the engine Hugging Face uses; only case-insensitive matching
// differs (regexp2 lower-cases, Oniguruma case-folds, so that "'ſ" matches
// 's), so the contractions are spelled out with Oniguruma's folds.
const refPattern = `(?:'[sSſ]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`

var refRegexp = regexp2.MustCompile(refPattern, regexp2.None)

// refSplit splits s with regexp2 the way Hugging Face's Split(Isolated)
// does: every match is a piece, and so is any text between matches.
func refSplit(t testing.TB, s string) []string {
	var out []string
	runes := []rune(s)
	pos := 0
	m, err := refRegexp.FindRunesMatch(runes)
	for ; m != nil && err == nil; m, err = refRegexp.FindNextMatch(m) {
		if m.Index > pos {
			out = append(out, string(runes[pos:m.Index]))
		}
		out = append(out, m.String())
		pos = m.Index + m.Length
	}
	if err != nil {
		t.Fatal(err)
	}
	if pos < len(runes) {
		out = append(out, string(runes[pos:]))
	}
	return out
}

// handSplit splits s with the hand-written splitter.
func handSplit(s string) []string {
	var out []string
	start := 0
	for _, end := range appendSplit(nil, s) {
		out = append(out, s[start:end])
		start = end
	}
	return out
}

func equalPieces(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func checkSplit(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		return // regexp2 reads invalid bytes as U+FFFD and cannot give them back
	}
	want, got := refSplit(t, s), handSplit(s)
	if !equalPieces(got, want) {
		t.Fatalf("split of %q:\n hand   %q\n regexp2 %q", s, got, want)
	}
	if strings.Join(got, "") != s {
		t.Fatalf("pieces of %q do not join back", s)
	}
}

// TestSplitAgainstRegexp2 runs both splitters on every golden text.
func TestSplitAgainstRegexp2(t *testing.T) {
	cases := []string{
		"", " ", "  ", "a", " a", "  a", "\n", "\r\n", " \n ", "a \n b", "'s", "'S", "'ſt", "'LL", "'lL", "'re'", "x'veY",
		"don't", "I'M", "'", "''s", "' s", "1234", " 12", "a1b2", "!!!\n\n", " !?\r\n", "\t\tx", "\u00a0x", "x\u3000\u3000y",
		"\u2028", "a\u0085b", "\x1c\x1d\x1e\x1f", "\v\fz", "  \t\n  \n  x", "end   ", "\U0001F600\U0001F600 ok", "é\u0301",
	}
	for _, c := range cases {
		checkSplit(t, c)
	}
	for _, g := range readGoldens(t, "goldens.jsonl") {
		checkSplit(t, g.Text)
		checkSplit(t, norm.NFC.String(g.Text))
	}
}

// FuzzSplit checks that the hand-written splitter agrees with regexp2 on
// every valid UTF-8 input.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Hello, world! It's 2024.\n\n", "  leading", "trailing  ", "a\r\n\r\nb", "'S'T'RE'VE'M'LL'D", "'ſ\u017fs",
		"中文，测试。", "\u0928\u092e\u0938\u094d\u0924\u0947", "x\u00a0\u00a0y", "\t\n\v\f\r \u0085\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000",
		"\x00\x1c\x1f\x7f", "👨‍👩‍👧 🇺🇸 1️⃣", "٣٤٥ ½ Ⅻ", "func f() {\n\treturn x != nil\n}\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// The hand-written splitter must also cope with invalid UTF-8.
		if got := strings.Join(handSplit(s), ""); got != s {
			t.Fatalf("pieces of %q do not join back", s)
		}
		checkSplit(t, s)
	})
}
