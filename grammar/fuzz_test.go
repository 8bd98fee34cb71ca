package grammar

import (
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzCompileJSONSchema: any input compiles or fails with an error (a
// panic inside would come back as an "internal error"), and a compiled
// grammar matches any text without panicking.
func FuzzCompileJSONSchema(f *testing.F) {
	for _, s := range propertySchemas {
		f.Add(s, `{"name":"x","age":3}`)
	}
	f.Add(`{"type":"string","pattern":"^(a|b)*$"}`, `"abab"`)
	f.Add(`{"enum":[1,"a",null,{"k":[1]}]}`, `{"k":[1]}`)
	f.Fuzz(func(t *testing.T, schema, text string) {
		g, err := CompileJSONSchema(nil, []byte(schema), Options{Limits: Limits{CompileTime: 200e6}})
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("panic while compiling %q: %v", schema, err)
			}
			return
		}
		m := g.NewMatcher()
		_ = m.AcceptBytes([]byte(text))
		_ = m.Done()
		_ = m.Forced()
	})
}

// FuzzGBNF: the GBNF parser never panics.
func FuzzGBNF(f *testing.F) {
	f.Add("root ::= \"a\" [b-d]* (x | y)?\nx ::= \"x\"{1,3}\ny ::= [^\\n]")
	f.Add("root ::= item+\nitem ::= [0-9] | \"(\" root \")\"")
	f.Fuzz(func(t *testing.T, src string) {
		g, err := CompileGBNF(nil, src, Options{Limits: Limits{CompileTime: 200e6}})
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("panic while compiling %q: %v", src, err)
			}
			return
		}
		m := g.NewMatcher()
		_ = m.AcceptBytes([]byte("a(1)x"))
		_ = m.Done()
	})
}

// FuzzRegexMatchesGoRegexp compares CompileRegex's matcher (byte-level, no
// vocabulary) with Go's regexp on any pattern both accept and any valid
// UTF-8 text: the text is a whole match (AcceptBytes succeeds and Done
// reports true) exactly when `\A(?:pattern)\z` matches it, and compiling
// stays near its time limit. Patterns the automaton refuses (word
// boundaries, budgets) are skipped.
func FuzzRegexMatchesGoRegexp(f *testing.F) {
	for _, p := range []string{`^a+b*$`, `(ab|cd){2,4}`, `[0-9]{3}-[a-c]+`, `x?y?z?`, `(?i)AbC`, `.{2,5}`, `(a|ab)(c|bcd)`,
		`\d+(\.\d+)?`, `é+`, `[α-ω]+`, `\w+@\w+`, `a^b`, `(?s).*\n`, `[^a]*a[^a]*`, `(?m)^a$\n^b$`} {
		f.Add(p, "abab")
	}
	f.Add(`(a|b)*c`, "ababc")
	f.Add(`(?U)a+?b`, "aab")
	f.Fuzz(func(t *testing.T, pattern, text string) {
		if !utf8.ValidString(text) || len(pattern) > 64 {
			return
		}
		goRe, err := regexp.Compile(`\A(?:` + pattern + `)\z`)
		if err != nil {
			return
		}
		t0 := time.Now()
		g, err := CompileRegex(nil, pattern, Options{Limits: Limits{CompileTime: 200e6}})
		if d := time.Since(t0); d > 2*time.Second {
			t.Fatalf("compiling %q took %v, past its 200 ms limit", pattern, d)
		}
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("panic while compiling %q: %v", pattern, err)
			}
			return
		}
		want := goRe.MatchString(text)
		m := g.NewMatcher()
		acceptErr := m.AcceptBytes([]byte(text))
		if got := acceptErr == nil && m.Done(); got != want {
			t.Fatalf("pattern %q on %q: matcher %v (accept error %v), regexp %v", pattern, text, got, acceptErr, want)
		}
	})
}
