package grammar

import (
	"strconv"
	"strings"
	"testing"
)

func TestGBNF(t *testing.T) {
	src := `# arithmetic
root   ::= expr
expr   ::= term (("+" | "-") term)*
term   ::= factor ("*" factor)*
factor ::= [0-9]+ | "(" expr ")" | name
name   ::= [a-z] [a-z0-9_]{0,7}
`
	g, err := CompileGBNF(nil, src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"1", "1+2*3", "(1+x_1)*foo", "((2))"} {
		if !accepts(t, g, s) {
			t.Errorf("should accept %q", s)
		}
	}
	for _, s := range []string{"", "1+", "(1", "A", "abcdefghij", "1**2"} {
		if accepts(t, g, s) {
			t.Errorf("should reject %q", s)
		}
	}
	if _, err := CompileGBNF(nil, "root ::= root \"a\" | \"b\"", Options{}); err == nil {
		t.Error("left recursion compiled")
	}
	if _, err := CompileGBNF(nil, "root ::= missing", Options{}); err == nil {
		t.Error("undefined rule compiled")
	}
	neg, err := CompileGBNF(nil, `root ::= "\"" [^"\\]* "\""`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !accepts(t, neg, `"héllo"`) || accepts(t, neg, `"a"b"`) {
		t.Error("negated class")
	}
	// token masks
	tok, ix := qwen(t)
	g, err = CompileGBNF(ix, src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := g.NewMatcher()
	if err := feed(t, m, tok.Encode("(12+foo)*3")); err != nil || !m.Done() {
		t.Fatalf("tokens: %v done=%v", err, m.Done())
	}
}

// TestGBNFNestedRepeats: a repeat with a minimum and no maximum is one copy
// of its expression (x+ loops back into x rather than x x*), so repeats
// nested thirty deep compile within the state budget (they would need 2^30
// copies otherwise) and still mean what they say; {m,} keeps m copies.
// FuzzGBNF found the nested form slow to match (testdata/fuzz/FuzzGBNF).
func TestGBNFNestedRepeats(t *testing.T) {
	src := `root ::= ` + strings.Repeat("(", 30) + `"ab"` + strings.Repeat(")+", 30) + ` "."`
	g, err := CompileGBNF(nil, src, Options{})
	if err != nil {
		t.Fatalf("thirty nested + repeats: %v", err)
	}
	if n := len(g.gbnf.st); n > 200 {
		t.Errorf("thirty nested + repeats take %d states, want them linear in the depth", n)
	}
	for s, want := range map[string]bool{"ab.": true, "abab.": true, "ababab.": true, ".": false, "a.": false, "aba.": false, "ab": false} {
		if accepts(t, g, s) != want {
			t.Errorf("nested repeats: accepts(%q) = %v, want %v", s, !want, want)
		}
	}
	any, err := CompileGBNF(nil, `root ::= (.*+++++++++) "!"`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for s, want := range map[string]bool{"!": true, "héllo!": true, "a!b!": true, "abc": false} {
		if accepts(t, any, s) != want {
			t.Errorf("nested repeats of .*: accepts(%q) = %v, want %v", s, !want, want)
		}
	}
	for _, c := range []struct {
		src string
		yes []string
		no  []string
	}{
		{`root ::= "a"{3,}`, []string{"aaa", "aaaaaa"}, []string{"", "a", "aa", "aab"}},
		{`root ::= "a"{1,}`, []string{"a", "aaaa"}, []string{"", "b"}},
		{`root ::= ("a" | "bc")+ "d"`, []string{"ad", "bcd", "abcabcd"}, []string{"d", "bd", "abc"}},
		{`root ::= ("x"?)+ "y"`, []string{"y", "xy", "xxxy"}, []string{"", "xx"}},
	} {
		g, err := CompileGBNF(nil, c.src, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		checkTexts(t, g, c.src, c.yes, c.no)
	}
}

// TestBranchesLimit: the matcher keeps at most Limits.Branches
// alternatives, the first ones in the grammar's order: after "a", five of
// fifty alternatives survive, so the text needing the sixth is rejected,
// and with the default limit (64) all fifty are kept.
func TestBranchesLimit(t *testing.T) {
	var alts []string
	for i := range 50 {
		alts = append(alts, `"a" "`+strconv.Itoa(10+i)+`"`)
	}
	src := "root ::= " + strings.Join(alts, " | ")
	few, err := CompileGBNF(nil, src, Options{Limits: Limits{Branches: 5}})
	if err != nil {
		t.Fatal(err)
	}
	all, err := CompileGBNF(nil, src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 50 {
		s := "a" + strconv.Itoa(10+i)
		if got := accepts(t, few, s); got != (i < 5) {
			t.Errorf("Branches 5: accepts(%q) = %v, want %v", s, got, i < 5)
		}
		if !accepts(t, all, s) {
			t.Errorf("default Branches: rejects %q", s)
		}
	}
}
