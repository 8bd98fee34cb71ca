package grammar

import (
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"
)

func accepts(t *testing.T, g *Grammar, text string) bool {
	t.Helper()
	m := g.NewMatcher()
	if err := m.AcceptBytes([]byte(text)); err != nil {
		return false
	}
	return m.Done()
}

func mustCompile(t *testing.T, schema string, o Options) *Grammar {
	t.Helper()
	g, err := CompileJSONSchema(nil, []byte(schema), o)
	if err != nil {
		t.Fatalf("compile %s: %v", schema, err)
	}
	return g
}

func TestBasicSchemas(t *testing.T) {
	cases := []struct {
		schema string
		good   []string
		bad    []string
	}{
		{`{"type":"object","properties":{"a":{"type":"integer"},"b":{"type":"string"}},"required":["a"]}`,
			[]string{`{"a":1}`, `{"a":-12,"b":"x"}`, `{"a":0,"b":"\n"}`, `{"a":1,"c":null}`},
			[]string{`{}`, `{"b":"x"}`, `{"a":1.5}`, `{"a":01}`, `{"b":"x","a":1}`, `{"a":1,"a":2}`, `{"a":"1"}`, `[]`, `{"a":1} `}},
		{`{"type":"array","items":{"enum":["x","y",3]},"minItems":1,"maxItems":2}`,
			[]string{`["x"]`, `[3,"y"]`},
			[]string{`[]`, `["x","y","x"]`, `["z"]`, `[4]`}},
		{`{"type":"string","pattern":"^[a-c]+$","maxLength":3}`,
			[]string{`"a"`, `"abc"`},
			[]string{`""`, `"abcd"`, `"d"`}},
		{`{"type":"number","minimum":1.5,"exclusiveMaximum":10,"multipleOf":0.5}`,
			[]string{`1.5`, `2`, `9.5`, `3.0`},
			[]string{`1`, `10`, `2.25`, `-3`}},
		{`{"$defs":{"n":{"type":"object","properties":{"v":{"type":"integer"},"next":{"$ref":"#/$defs/n"}},"additionalProperties":false}},"$ref":"#/$defs/n"}`,
			[]string{`{}`, `{"v":1,"next":{"v":2,"next":{}}}`},
			[]string{`{"x":1}`, `{"next":{"x":1}}`}},
		{`{"anyOf":[{"type":"string"},{"type":"object","properties":{"k":{"const":1}},"required":["k"]}]}`,
			[]string{`"s"`, `{"k":1}`},
			[]string{`{"k":2}`, `1`}},
		{`{"oneOf":[{"type":"string"},{"type":"integer"}]}`,
			[]string{`"s"`, `5`},
			[]string{`5.5`, `null`}},
		{`{"type":"string","format":"email"}`,
			[]string{`"a@example.com"`, `"john.q.public@mail.example-domain.org"`, `"first.middle.last+tag@x.io"`},
			[]string{`"a..b@example.com"`, `".a@example.com"`, `"a.@example.com"`, `"a@example"`, `"a@-x.com"`,
				`"abcdefghijabcdefghijabcdefghijab.abcdefghijabcde.abcdefghijabcde.abcdefghijabcde@x.io"`}}, // a local part over 64
		{`{"type":"string","format":"date"}`,
			[]string{`"2024-02-29"`, `"2023-12-31"`},
			[]string{`"2023-02-29"`, `"2023-04-31"`, `"2023-1-01"`}},
		{`{"allOf":[{"properties":{"a":{"type":"integer"}}},{"properties":{"a":{"minimum":3}}}]}`,
			[]string{`{"a":3}`, `{}`},
			[]string{`{"a":2}`, `{"a":"x"}`}},
		{`{"type":"object","patternProperties":{"^x":{"type":"integer"}},"additionalProperties":{"type":"string"}}`,
			[]string{`{"xa":1,"b":"s"}`},
			[]string{`{"xa":"s"}`, `{"b":1}`}},
		{`{"type":"object","minProperties":2}`,
			[]string{`{"a":1,"b":2}`},
			[]string{`{"a":1}`, `{"a":1,"a":2}`}},
	}
	for _, c := range cases {
		checkTexts(t, mustCompile(t, c.schema, Options{}), c.schema, c.good, c.bad)
	}
}

// checkTexts reports every text of good that g (compiled from src) rejects
// and every text of bad that it accepts.
func checkTexts(t *testing.T, g *Grammar, src string, good, bad []string) {
	t.Helper()
	for _, s := range good {
		if !accepts(t, g, s) {
			t.Errorf("%s: should accept %s", src, s)
		}
	}
	for _, s := range bad {
		if accepts(t, g, s) {
			t.Errorf("%s: should reject %s", src, s)
		}
	}
}

func TestUnsupportedKeywordIsError(t *testing.T) {
	for _, s := range []string{`{"not":{"minimum":1}}`, `{"contains":{"type":"string"}}`, `{"type":"string","format":"banana"}`, `{"oneOf":[{"type":"string"},{"minLength":2}]}`} {
		if _, err := CompileJSONSchema(nil, []byte(s), Options{}); err == nil {
			t.Errorf("%s: compiled, want an error", s)
		} else {
			t.Log(err)
		}
	}
}

// TestDeadKeyPrefix: a key prefix that can only become a key already
// written is refused by Accept and left out of the mask.
func TestDeadKeyPrefix(t *testing.T) {
	schema := `{"type":"object","properties":{"a":{"type":"integer"},"b":{"type":"boolean"},"name":{"type":"string"}},"required":["a","b"],"additionalProperties":false}`
	g := mustCompile(t, schema, Options{})
	for _, s := range []string{`{"a":4,"a`, `{"name":"x","name`, `{"a":4,"b":true,"a`} {
		m := g.NewMatcher()
		if err := m.AcceptBytes([]byte(s)); err == nil {
			t.Errorf("accepted dead prefix %s", s)
		}
	}
	tok, ix := qwen(t)
	g, err := CompileJSONSchema(ix, []byte(schema), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := g.NewMatcher()
	if err := m.AcceptBytes([]byte(`{"a":4,`)); err != nil {
		t.Fatal(err)
	}
	mask := make([]uint64, ix.MaskWords())
	m.Mask(mask)
	for _, s := range []string{`"a`, `"a"`} {
		ids := tok.Encode(s)
		if len(ids) == 1 && maskHas(mask, ids[0]) {
			t.Errorf("mask allows %q after {\"a\":4,", s)
		}
	}
	if ids := tok.Encode(`"b`); len(ids) == 1 && !maskHas(mask, ids[0]) {
		t.Errorf("mask refuses \"b")
	}
}

func TestNotAndOneOfForms(t *testing.T) {
	cases := []struct {
		schema    string
		good, bad []string
	}{
		{`{"not":{}}`, nil, []string{`1`, `"a"`, `{}`}},
		{`{"not":{"type":["string","null"]}}`, []string{`1`, `{}`}, []string{`"a"`, `null`}},
		{`{"type":"object","not":{"required":["error"]}}`, []string{`{"a":1}`}, []string{`{"error":1}`}},
		{`{"oneOf":[{"required":["a"]},{"required":["b"]}]}`, []string{`{"a":1}`, `{"b":2,"c":3}`}, []string{`{"a":1,"b":2}`, `{}`, `"s"`}},
		{`{"type":"object","oneOf":[{"properties":{"k":{"const":"u"},"u":{"type":"string"}},"required":["k","u"]},{"properties":{"k":{"const":"h"}},"required":["k"]}]}`,
			[]string{`{"k":"u","u":"x"}`, `{"k":"h"}`}, []string{`{"k":"x"}`, `{"k":"u"}`}},
		{`{"oneOf":[{"properties":{"k":{"const":1}},"required":["k"]},{"properties":{"k":{"const":2}},"required":["k"]}]}`,
			[]string{`{"k":1}`}, []string{`"str"`, `{"k":3}`}},
		// not provably disjoint, but each branch's negation is enforced
		{`{"oneOf":[{"required":["a"]},{"required":["a"]}]}`, nil, []string{`{"a":1}`, `{}`, `"s"`}},
		{`{"oneOf":[{"required":["a","b"]},{"required":["c"]}]}`, []string{`{"a":1,"b":2}`, `{"c":1,"a":2}`}, []string{`{"a":1,"b":2,"c":3}`, `{"a":1}`, `1`}},
	}
	for _, c := range cases {
		g := mustCompile(t, c.schema, Options{AnyOrder: true})
		for _, s := range c.good {
			if !accepts(t, g, s) {
				t.Errorf("%s: should accept %s", c.schema, s)
			}
		}
		for _, s := range c.bad {
			if accepts(t, g, s) {
				t.Errorf("%s: should reject %s", c.schema, s)
			}
		}
	}
	for _, s := range []string{`{"oneOf":[{"minimum":1},{"maximum":3}]}`, `{"not":{"type":"integer"}}`, `{"not":{"minimum":3}}`} {
		if _, err := CompileJSONSchema(nil, []byte(s), Options{}); err == nil {
			t.Errorf("%s compiled", s)
		}
	}
}

// TestDisjunctionBehindRef: a oneOf reached through $ref (with siblings)
// stays distributed once (it once made the node unsatisfiable).
func TestDisjunctionBehindRef(t *testing.T) {
	s := `{"definitions":{"Q":{"oneOf":[{"type":"string"},{"type":"number"}]}},"type":"object","properties":{"u":{"type":"integer"},"v":{"$ref":"#/definitions/Q","description":"x"},"w":{"$ref":"#/definitions/Q"}}}`
	g := mustCompile(t, s, Options{AnyOrder: true})
	for _, good := range []string{`{"v":"1"}`, `{"u":1,"v":"1","w":2.5}`} {
		if !accepts(t, g, good) {
			t.Errorf("should accept %s", good)
		}
	}
	if accepts(t, g, `{"v":true}`) {
		t.Error("accepted a boolean for oneOf[string, number]")
	}
}

func TestUniqueItemsEnum(t *testing.T) {
	g := mustCompile(t, `{"type":"array","items":{"enum":["a","b",1,12,1.0]},"uniqueItems":true}`, Options{})
	for _, s := range []string{`[]`, `["a","b"]`, `[1,12,"a"]`, `[12,1]`} {
		if !accepts(t, g, s) {
			t.Errorf("should accept %s", s)
		}
	}
	for _, s := range []string{`["a","a"]`, `[1,"b",1]`, `[12,12]`, `[1,1.0]`} {
		if accepts(t, g, s) {
			t.Errorf("should reject %s", s)
		}
	}
	if _, err := CompileJSONSchema(nil, []byte(`{"type":"array","items":{"type":"string"},"uniqueItems":true}`), Options{}); err == nil {
		t.Error("uniqueItems over free strings compiled")
	}
	if _, err := CompileJSONSchema(nil, []byte(`{"type":"array","items":{"type":["boolean","integer"]},"uniqueItems":true}`), Options{}); err == nil {
		t.Error("uniqueItems over booleans and integers compiled")
	}
}

// TestUniqueItemsScalars: unique booleans and nulls (items of those types
// only) against santhosh-tekuri/jsonschema.
func TestUniqueItemsScalars(t *testing.T) {
	schemas := []string{
		`{"type":"array","items":{"type":"boolean"},"uniqueItems":true}`,
		`{"type":"array","items":{"type":["null","boolean"]},"uniqueItems":true}`,
		`{"items":{"type":"null"},"uniqueItems":true,"minItems":1}`,
		`{"type":"object","properties":{"a":{"type":"array","items":{"$ref":"#/$defs/b"},"uniqueItems":true},"b":{"$ref":"#/$defs/b"}},"$defs":{"b":{"type":"boolean"}}}`,
	}
	insts := []string{`[]`, `[true]`, `[false]`, `[null]`, `[true,false]`, `[false,true]`, `[true,true]`, `[false,false]`, `[null,null]`,
		`[true,null]`, `[null,false,true]`, `[true,false,null,true]`, `[1]`, `["x"]`, `[true,1]`, `true`, `null`, `{}`,
		`{"a":[true,false]}`, `{"a":[true,true]}`, `{"a":[]}`, `{"b":true}`, `{"b":null}`, `{"a":[null]}`}
	matchesValidator(t, schemas, insts)
}

func TestUniqueItemsMaskLiveness(t *testing.T) {
	tok, ix := qwen(t)
	g, err := CompileJSONSchema(ix, []byte(`{"type":"array","items":{"enum":["apple","apricot","banana"]},"uniqueItems":true}`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := g.NewMatcher()
	if err := m.AcceptBytes([]byte(`["apple","apricot",`)); err != nil {
		t.Fatal(err)
	}
	mask := make([]uint64, ix.MaskWords())
	m.Mask(mask)
	for _, s := range []string{`"ap`, `"a`} {
		if ids := tok.Encode(s); len(ids) == 1 && maskHas(mask, ids[0]) {
			t.Errorf("mask allows %q: only banana is left", s)
		}
	}
	if err := m.AcceptBytes([]byte(`"ap`)); err == nil {
		t.Error("Accept took a prefix of used values only")
	}
	if err := feed(t, m, tok.Encode(`"banana"]`)); err != nil || !m.Done() {
		t.Fatalf("banana: %v", err)
	}
}

// TestEnumPrefixEnds: after "1" of enum [1, 100], a token starting with the
// next delimiter is allowed (the literal may end before it).
func TestEnumPrefixEnds(t *testing.T) {
	tok, ix := qwen(t)
	g, err := CompileJSONSchema(ix, []byte(`{"type":"object","properties":{"a":{"enum":[1,100]},"b":{"type":"string"}}}`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := g.NewMatcher()
	if err := feed(t, m, tok.Encode(`{"a":1,"b":"x"}`)); err != nil || !m.Done() {
		t.Fatalf("%v", err)
	}
}

// TestMaskUnionOfBranches: one branch's dead key prefixes must not hide
// another branch's live ones.
func TestMaskUnionOfBranches(t *testing.T) {
	tok, ix := qwen(t)
	s := `{"additionalProperties":false,"oneOf":[{"required":["pojo"]},{"required":["json"]}],"properties":{"json":{"type":"object"},"pojo":{"type":"object"}},"type":"object"}`
	g, err := CompileJSONSchema(ix, []byte(s), Options{AnyOrder: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, txt := range []string{`{"pojo":{}}`, `{"json":{}}`} {
		m := g.NewMatcher()
		if err := feed(t, m, tok.Encode(txt)); err != nil || !m.Done() {
			t.Fatalf("%s: %v", txt, err)
		}
	}
}

func TestFormatURI(t *testing.T) {
	g := mustCompile(t, `{"type":"string","format":"uri"}`, Options{})
	for _, s := range []string{`"https://example.com/a?b=c#d"`, `"file:///etc/hosts"`, `"urn:isbn:0451450523"`, `"ecdsa-koblitz-pubkey:1Q3P94"`} {
		if !accepts(t, g, s) {
			t.Errorf("should accept %s", s)
		}
	}
	for _, s := range []string{`"//example.com"`, `"no scheme"`, `"http://exa mple.com"`, `"a:%zz"`, `":x"`} {
		if accepts(t, g, s) {
			t.Errorf("should reject %s", s)
		}
	}
}

func TestBudgets(t *testing.T) {
	// a huge automaton and a deep schema are errors, not hangs
	_, err := CompileJSONSchema(nil, []byte(`{"type":"string","pattern":"^(a|b)*a(a|b){14}$"}`), Options{Limits: Limits{AutomatonStates: 1000}})
	if !errors.Is(err, ErrBudget) {
		t.Errorf("exponential pattern: %v", err)
	}
	deep := strings.Repeat(`{"type":"array","items":`, 100) + `{}` + strings.Repeat(`}`, 100)
	if _, err := CompileJSONSchema(nil, []byte(deep), Options{}); err == nil {
		t.Error("100-deep schema compiled under the default depth limit")
	}
}

// TestCompileTimeBudget: a schema within every structural budget but with
// many nodes and automata stops at a tiny CompileTime with ErrBudget (the
// time error), and compiles under a generous one.
func TestCompileTimeBudget(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(`{"type":"object","properties":{`)
	for i := range 200 {
		if i > 0 {
			sb.WriteByte(',')
		}
		fmt.Fprintf(&sb, `"p%d":{"type":"array","items":{"type":"string","pattern":"^[a-z]{1,%d}x$"}}`, i, i%20+1)
	}
	sb.WriteString(`}}`)
	schema := []byte(sb.String())
	_, err := CompileJSONSchema(nil, schema, Options{Limits: Limits{CompileTime: time.Nanosecond}})
	if !errors.Is(err, ErrBudget) || !errors.Is(err, errTime) {
		t.Errorf("1ns compile time: got %v, want the time budget error", err)
	}
	if _, err := CompileJSONSchema(nil, schema, Options{Limits: Limits{CompileTime: time.Minute}}); err != nil {
		t.Errorf("1 minute compile time: %v", err)
	}
}

// TestAcceptsNothing: schemas whose contradiction sits at the root compile
// (as validators they reject every text) to grammars that take no first
// byte, in either whitespace mode; their satisfiable neighbours do not.
func TestAcceptsNothing(t *testing.T) {
	for _, c := range []struct {
		schema string
		empty  bool
	}{
		{`false`, true},
		{`{"not": {}}`, true},
		{`{"allOf": [{"type": "string"}, {"type": "integer"}]}`, true},
		{`{"type": "string", "minLength": 3, "maxLength": 2}`, true},
		{`{"type": "array", "minItems": 2, "maxItems": 1}`, true},
		{`{"type": "object", "required": ["v"], "additionalProperties": false}`, true},
		{`{"type": "object", "properties": {"a": false}, "required": ["a"]}`, true},
		{`true`, false},
		{`{}`, false},
		{`{"not": {"type": "string"}}`, false},
		{`{"type": "string", "minLength": 2, "maxLength": 2}`, false},
		{`{"type": "object", "properties": {"v": {}}, "required": ["v"], "additionalProperties": false}`, false},
		{`{"type": "object", "properties": {"a": false}}`, false},
		// lengths that a pattern or format cannot meet
		{`{"type": "string", "pattern": "^ab$", "minLength": 5}`, true},
		{`{"type": "string", "pattern": "^(ab)+$", "minLength": 3, "maxLength": 3}`, true},
		{`{"type": "string", "format": "date", "maxLength": 3}`, true},
		{`{"type": "string", "format": "email", "maxLength": 2}`, true},
		{`{"type": "string", "pattern": "^ab$", "minLength": 2}`, false},
		{`{"type": "string", "pattern": "^(ab)+$", "minLength": 3, "maxLength": 4}`, false},
		{`{"type": "string", "format": "date", "maxLength": 10}`, false},
		{`{"type": "string", "pattern": "^[a-z]{300}x*$", "maxLength": 299}`, true},
		{`{"type": "string", "pattern": "^[a-z]{300}x*$", "maxLength": 300}`, false},
		// a required key that propertyNames rejects
		{`{"type": "object", "required": ["v"], "propertyNames": {"pattern": "^x$"}}`, true},
		{`{"type": "object", "properties": {"v": {}}, "required": ["v"], "propertyNames": {"pattern": "^x$"}}`, true},
		{`{"type": "object", "required": ["v"], "propertyNames": {"pattern": "^[vx]$"}}`, false},
		// more unique items than the enum has values
		{`{"type": "array", "items": {"enum": [1, 1.0, 2]}, "uniqueItems": true, "minItems": 3}`, true},
		{`{"type": "array", "items": {"type": "boolean"}, "uniqueItems": true, "minItems": 3}`, true},
		{`{"type": "array", "items": {"enum": [1, 2]}, "uniqueItems": true, "minItems": 2}`, false},
		// more properties than the object's keys allow
		{`{"type": "object", "propertyNames": {"enum": ["a", "b"]}, "minProperties": 3}`, true},
		{`{"type": "object", "properties": {"a": {}, "b": false}, "propertyNames": {"pattern": "^[ab]$"}, "minProperties": 2}`, true},
		{`{"type": "object", "propertyNames": {"enum": ["a", "b"]}, "minProperties": 2}`, false},
		{`{"type": "object", "propertyNames": {"maxLength": 1}, "minProperties": 3}`, false},
	} {
		for _, ws := range []WhitespaceMode{Compact, Flexible} {
			g, err := CompileJSONSchema(nil, []byte(c.schema), Options{Whitespace: ws})
			if err != nil {
				t.Fatalf("%s: %v", c.schema, err)
			}
			if got := g.AcceptsNothing(); got != c.empty {
				t.Errorf("%s (whitespace %v): AcceptsNothing %v, want %v", c.schema, ws, got, c.empty)
			}
		}
	}
}

// TestNoDeadEnds walks schemas whose parts can contradict deeper in the
// value (a pattern or format with a length, a required key that
// propertyNames must accept, unique items from a short enum) byte by byte
// along random allowed paths: wherever the output may not end, some next
// byte must be allowed. Each schema also keeps an allowed value, which a
// walk must be able to write.
func TestNoDeadEnds(t *testing.T) {
	for _, c := range []struct{ schema, value string }{
		{`{"type": "string", "pattern": "^[a-z]+@[a-z]+\\.com$", "maxLength": 9}`, `"a@bc.com"`},
		{`{"type": "string", "pattern": "^(ab)+$", "minLength": 3, "maxLength": 5}`, `"abab"`},
		{`{"type": "string", "format": "date", "maxLength": 10}`, `"2024-02-29"`},
		{`{"type": "string", "pattern": "^[0-9]{2,8}$", "minLength": 6}`, `"123456"`},
		{`{"type": "object", "properties": {"s": {"type": "string", "pattern": "^ab$", "minLength": 5}, "n": {"type": "integer"}}}`, `{"n":1}`},
		{`{"anyOf": [{"type": "string", "format": "uuid", "maxLength": 8}, {"type": "string", "pattern": "^x+$", "maxLength": 3}]}`, `"xx"`},
		{`{"type": "object", "properties": {"a": {"type": "object", "required": ["v"], "propertyNames": {"pattern": "^x$"}}, "b": {"type": "null"}}}`, `{"b":null}`},
		{`{"type": "object", "properties": {"a": {"type": "array", "items": {"enum": [1]}, "uniqueItems": true, "minItems": 2}, "b": {"type": "null"}}}`, `{"b":null}`},
		{`{"type": "array", "items": {"enum": ["x", "y"]}, "uniqueItems": true, "minItems": 1}`, `["y","x"]`},
		// a string type the lengths rule out beside other types
		{`{"format": "email", "maxLength": 3}`, `null`},
		// declared properties that propertyNames rejects, or that schema
		// order would leave short of minProperties, or whose
		// dependentRequired cannot follow
		{`{"type": "object", "properties": {"a": {"type": "null"}, "b": {"type": "null"}, "x": {"type": "null"}}, "propertyNames": {"pattern": "^[ab]$"}}`, `{"a":null,"b":null}`},
		{`{"type": "object", "properties": {"a": {"type": "null"}, "b": {"type": "null"}}, "additionalProperties": false, "minProperties": 2}`, `{"a":null,"b":null}`},
		{`{"type": "object", "properties": {"a": {"type": "null"}, "b": {"type": "null"}}, "dependentRequired": {"a": ["c"]}, "additionalProperties": false}`, `{"b":null}`},
		// an undeclared key would leave no room for a required one
		{`{"type": "object", "properties": {"a": {"type": "null"}}, "required": ["a"], "maxProperties": 1, "additionalProperties": {"type": "integer"}}`, `{"a":null}`},
		{`{"type": "object", "properties": {"a": {"type": "null"}}, "required": ["a"], "maxProperties": 2}`, `{"a":null,"z":1}`},
		// an object that remembers its keys (minProperties) from a short
		// list: no key it has used may start again, and no comma once
		// every key is used
		{`{"type": "object", "propertyNames": {"enum": ["en", "fr", "de"]}, "additionalProperties": {"type": "string"}, "minProperties": 1}`, `{"en":"x","fr":"y"}`},
		{`{"type": "object", "propertyNames": {"enum": ["a", "b"]}, "minProperties": 1}`, `{"a":1,"b":2}`},
		// a pattern whose end needs more room than a counted maxLength
		// leaves (a cyclic pattern past maxLengthStates stays counted)
		{`{"type": "string", "pattern": "^[a-z]+-{60}$", "maxLength": 66}`, `"abcde------------------------------------------------------------"`},
		// a branch too short for a counted minLength
		{`{"type": "string", "pattern": "^(ab|c+)$", "minLength": 70}`, `"` + strings.Repeat("c", 70) + `"`},
		// a number one character short of the length limit
		{`{"type": "array", "items": {"type": "number"}}`, `[1.5]`},
	} {
		g, err := CompileJSONSchema(nil, []byte(c.schema), Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.schema, err)
		}
		noDeadTokens(t, c.schema)
		m := g.NewMatcher()
		if err := m.AcceptBytes([]byte(c.value)); err != nil || !m.Done() {
			t.Errorf("%s: refuses %s (%v)", c.schema, c.value, err)
		}
		rng := rand.New(rand.NewSource(7))
		for walk := 0; walk < 200; walk++ {
			m.Reset()
			var out []byte
			for len(out) < 40 {
				var next []byte
				for b := 0; b < 256; b++ {
					if m.AcceptBytes([]byte{byte(b)}) == nil {
						next = append(next, byte(b))
						if err := m.Rollback(1); err != nil {
							t.Fatal(err)
						}
					}
				}
				if len(next) == 0 {
					if !m.Done() {
						t.Fatalf("%s: a dead end after %q", c.schema, out)
					}
					break
				}
				if m.Done() && rng.Intn(3) == 0 {
					break
				}
				b := next[rng.Intn(len(next))]
				if err := m.AcceptBytes([]byte{b}); err != nil {
					t.Fatal(err)
				}
				out = append(out, b)
			}
		}
	}
}

// noDeadTokens walks schema with Qwen2.5's vocabulary (walkTokens, 40
// walks whose first steps take random tokens from the mask): at every
// step the mask holds a token until the output stops, Accept takes every
// token the mask offers, and a stopped output passes the reference
// validator.
func noDeadTokens(t *testing.T, schema string) {
	t.Helper()
	_, ix := qwen(t)
	if _, g := soundCase(schema, ix, Compact); g == nil {
		t.Fatalf("%s: the grammar or the validator refuses it, or it accepts nothing", schema)
	}
	rng := rand.New(rand.NewSource(9))
	for walk := 0; walk < 40; walk++ {
		choices := make([]byte, rng.Intn(96))
		for i := range choices {
			choices[i] = byte(rng.Intn(256))
		}
		walkTokens(t, schema, choices, Compact)
	}
}

// TestCountedRoom: a counted string (a cyclic pattern, a maxLength past
// the exact automata's reach) takes a character only while the rest of
// its pattern still fits: after six letters of "^[a-z]+-{60}$" with a
// maxLength of 66, a seventh would leave the 60 dashes no room.
func TestCountedRoom(t *testing.T) {
	g, err := CompileJSONSchema(nil, []byte(`{"type": "string", "pattern": "^[a-z]+-{60}$", "maxLength": 66}`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := g.NewMatcher()
	if err := m.AcceptBytes([]byte(`"abcdef`)); err != nil {
		t.Fatal(err)
	}
	if err := m.AcceptBytes([]byte("g")); err == nil {
		t.Error("a seventh letter accepted with 60 dashes still to come and 60 characters left")
	}
	if err := m.AcceptBytes([]byte("-")); err != nil {
		t.Errorf("a dash refused: %v", err)
	}
	// and one that cannot reach its minLength is not started
	g, err = CompileJSONSchema(nil, []byte(`{"type": "string", "pattern": "^(ab|c+)$", "minLength": 70}`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m = g.NewMatcher()
	if err := m.AcceptBytes([]byte(`"a`)); err == nil {
		t.Error(`"a accepted: "ab" is two characters of at least 70`)
	}
	if err := m.AcceptBytes([]byte(`"c`)); err != nil {
		t.Errorf(`"c refused: %v`, err)
	}
}
