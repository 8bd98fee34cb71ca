package grammar

import "testing"

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
