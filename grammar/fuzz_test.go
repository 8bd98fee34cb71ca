package grammar

import (
	"strings"
	"testing"
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
