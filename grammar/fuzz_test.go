package grammar

import (
	"encoding/json"
	"fmt"
	"math/bits"
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/qwenkit/qwenkit/schema"
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

// FuzzJSONSchemaSound checks the promise constrained decoding rests on:
// whatever CompileJSONSchema's matcher takes as a whole output, the
// reference validator (schema.Validator: santhosh-tekuri/jsonschema, draft
// 2020-12, formats asserted) accepts. For any schema both compile, the
// fuzzer's choices drive a walk through the matcher: each step appends the
// first byte from the chosen one upward that the matcher accepts; once the
// choices run out, the walk ends where the output may end (or takes the
// smallest accepted bytes until it may, for at most 256 bytes in all).
func FuzzJSONSchemaSound(f *testing.F) {
	for i, s := range propertySchemas {
		f.Add(s, []byte{byte(i), '{', '"', 'n', 'a', '"', ':', '1', '}'})
	}
	f.Add(`{"type":"string","pattern":"^[a-c]+$","maxLength":4}`, []byte(`"abc"`))
	f.Add(`{"type":"number","multipleOf":0.1,"minimum":-1,"maximum":1}`, []byte("0.3"))
	f.Fuzz(func(t *testing.T, sch string, choices []byte) {
		v, g := soundCase(sch, nil, Compact)
		if g == nil {
			return
		}
		m := g.NewMatcher()
		var out []byte
		for i := 0; len(out) < 256; i++ {
			c := byte(0)
			if i < len(choices) {
				c = choices[i]
			} else if m.Done() {
				break
			}
			ok := false
			for k := 0; k < 256 && !ok; k++ {
				if b := c + byte(k); m.AcceptBytes([]byte{b}) == nil {
					out, ok = append(out, b), true
				}
			}
			if !ok {
				break
			}
		}
		if !m.Done() {
			return
		}
		if err := v.Validate(out); err != nil {
			t.Fatalf("schema %s: the matcher takes %q as a whole output, the validator refuses it: %v", sch, out, err)
		}
	})
}

// FuzzJSONSchemaTokens is FuzzJSONSchemaSound at the token level, the way a
// model decodes: with Qwen2.5's vocabulary, each step takes a token from
// the matcher's mask (the fuzzer's next two bytes pick which; once they run
// out, a stop token where the mask has one, else pick's choice), and, for
// a grammar that can start at all (AcceptsNothing), the mask is never
// empty before the output stops, Accept never refuses a token the mask
// allowed, and a stopped output is one the reference validator accepts.
func FuzzJSONSchemaTokens(f *testing.F) {
	for i, s := range propertySchemas {
		f.Add(s, []byte{byte(i), 7, 1, 2, 3, 4, 5, 6}, i%2 == 0)
	}
	f.Fuzz(func(t *testing.T, sch string, choices []byte, flexible bool) {
		ws := Compact
		if flexible {
			ws = Flexible
		}
		walkTokens(t, sch, choices, ws)
	})
}

// FuzzSchemaNoDeadEnds is FuzzJSONSchemaTokens on schemas the fuzzer's
// bytes assemble from keywords that constrain one another (genSchema):
// patterns and formats with lengths, bounded numbers, objects with
// required, propertyNames, min/maxProperties and dependentRequired, unique
// enum items, anyOf and allOf, nested three deep. Most raw fuzzed texts are
// not schemas at all; these are, and their contradictions sit deeper in
// the value, where the mask must not lead into a dead end.
func FuzzSchemaNoDeadEnds(f *testing.F) {
	for i := 0; i < 16; i++ {
		f.Add([]byte{byte(i), byte(7 * i), byte(13 * i), 3, 1, 4, 1, 5, 9, 2, 6}, []byte{byte(i), 1, 2, 3})
	}
	f.Fuzz(func(t *testing.T, gen, choices []byte) {
		walkTokens(t, genSchema(&genBytes{b: gen}, 0), choices, Compact)
	})
}

// walkTokens is one case of the token-level soundness targets: schema sch
// (when both the grammar and the reference validator compile it, and it
// accepts something) walked with Qwen2.5's vocabulary and whitespace mode
// ws, choices picking the tokens.
func walkTokens(t *testing.T, sch string, choices []byte, ws WhitespaceMode) {
	_, ix := qwen(t)
	v, g := soundCase(sch, ix, ws)
	if g == nil {
		return
	}
	rng := rand.New(rand.NewSource(int64(len(choices))))
	m := g.NewMatcher()
	mask := make([]uint64, ix.MaskWords())
	var out []byte
	var allowed []int
	for step := 0; step < 96 && !m.Stopped(); step++ {
		m.Mask(mask)
		allowed = allowed[:0]
		for w, x := range mask {
			for ; x != 0; x &= x - 1 {
				allowed = append(allowed, w*64+bits.TrailingZeros64(x))
			}
		}
		if len(allowed) == 0 {
			t.Fatalf("schema %s: empty mask (a dead end) after %q", sch, out)
		}
		var id int
		if 2*step+1 < len(choices) {
			id = allowed[(int(choices[2*step])<<8|int(choices[2*step+1]))%len(allowed)]
		} else {
			id = pick(rng, ix, mask, g.StopTokens())
		}
		if err := m.Accept(id); err != nil {
			t.Fatalf("schema %s: token %d (%q) from the mask refused after %q: %v", sch, id, ix.TokenBytes(id), out, err)
		}
		if !g.isStop(id) {
			out = append(out, ix.TokenBytes(id)...)
		}
	}
	if !m.Stopped() {
		return
	}
	if err := v.Validate(out); err != nil {
		t.Fatalf("schema %s: decoding stopped on %q, which the validator refuses: %v", sch, out, err)
	}
}

// genBytes feeds genSchema its choices: the fuzzer's bytes, then zeros.
type genBytes struct {
	b []byte
	i int
}

// pick returns a choice below n.
func (g *genBytes) pick(n int) int {
	if g.i >= len(g.b) {
		return 0
	}
	g.i++
	return int(g.b[g.i-1]) % n
}

// genSchema assembles a schema from g's choices (see FuzzSchemaNoDeadEnds).
// It leaves out what the grammar documents as a remaining source of dead
// ends (AcceptsNothing): objects that remember more than 256 possible
// undeclared keys.
func genSchema(g *genBytes, depth int) string {
	strs := []string{
		`"type":"string"`, `"pattern":"^[a-c]{1,4}$"`, `"pattern":"^(ab)+$"`, `"pattern":"^x"`,
		`"format":"date"`, `"format":"uuid"`, `"format":"email"`, `"minLength":2`, `"maxLength":3`,
		`"minLength":5`, `"maxLength":1`, `"enum":["a","bb","ccc"]`, `"const":"ab"`,
	}
	nums := []string{`"type":"integer"`, `"type":"number"`, `"minimum":1`, `"maximum":3`,
		`"exclusiveMaximum":1`, `"multipleOf":2`, `"enum":[1,2,2.5]`}
	objs := []string{`"required":["a"]`, `"required":["v"]`, `"additionalProperties":false`,
		`"propertyNames":{"pattern":"^[ab]$"}`, `"propertyNames":{"enum":["a","b","v","w"]}`,
		`"minProperties":2`, `"maxProperties":1`, `"additionalProperties":{"type":"integer"}`,
		`"dependentRequired":{"a":["b"]}`}
	arrs := []string{`"minItems":2`, `"maxItems":1`, `"uniqueItems":true`, `"minItems":3`}
	// keywords: up to n from list, each key once
	some := func(list []string, n int) []string {
		var out []string
		seen := map[string]bool{}
		for k := g.pick(n + 1); k > 0; k-- {
			kw := list[g.pick(len(list))]
			if key := kw[:strings.Index(kw, ":")]; !seen[key] {
				seen[key] = true
				out = append(out, kw)
			}
		}
		return out
	}
	kind := g.pick(6)
	if depth > 2 {
		kind = g.pick(2)
	}
	switch kind {
	case 0:
		return "{" + strings.Join(append(some(strs, 3), strs[g.pick(len(strs))]), ",") + "}"
	case 1:
		return "{" + strings.Join(append(some(nums, 2), nums[g.pick(len(nums))]), ",") + "}"
	case 2:
		var props []string
		for _, name := range []string{"a", "b", "x", "v"}[:1+g.pick(4)] {
			props = append(props, fmt.Sprintf(`"%s":%s`, name, genSchema(g, depth+1)))
		}
		kws := append([]string{`"type":"object"`, `"properties":{` + strings.Join(props, ",") + `}`}, some(objs, 3)...)
		return "{" + strings.Join(kws, ",") + "}"
	case 3:
		return "{" + strings.Join(append([]string{`"type":"array"`, `"items":` + genSchema(g, depth+1)}, some(arrs, 2)...), ",") + "}"
	case 4:
		return `{"anyOf":[` + genSchema(g, depth+1) + "," + genSchema(g, depth+1) + "]}"
	default:
		return `{"allOf":[` + genSchema(g, depth+1) + "," + genSchema(g, depth+1) + "]}"
	}
}

// soundCase compiles a fuzzed schema (at most 1 KiB) for the soundness fuzz
// targets: the reference validator and the grammar on voc, or a nil grammar
// when either refuses it or the grammar accepts nothing (which the sdk
// refuses before decoding).
func soundCase(sch string, voc Vocabulary, ws WhitespaceMode) (*schema.Validator, *Grammar) {
	if len(sch) > 1024 {
		return nil, nil
	}
	v, err := schema.Compile(json.RawMessage(sch))
	if err != nil {
		return nil, nil
	}
	g, err := CompileJSONSchema(voc, []byte(sch), Options{Whitespace: ws, Limits: Limits{CompileTime: 200e6}})
	if err != nil || g.AcceptsNothing() {
		return nil, nil
	}
	return v, g
}
