package grammar

import (
	"bytes"
	"encoding/json"
	"math/bits"
	"math/rand"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

var propertySchemas = []string{
	`{"type":"object","properties":{"name":{"type":"string","maxLength":8},"age":{"type":"integer","minimum":0,"maximum":150},"tags":{"type":"array","items":{"enum":["a","b","c"]},"maxItems":3}},"required":["name","age"],"additionalProperties":false}`,
	`{"type":"array","items":{"type":"number","exclusiveMinimum":-5,"maximum":5.5,"multipleOf":0.25},"minItems":1,"maxItems":4}`,
	`{"anyOf":[{"type":"string","pattern":"^[a-c]{2,4}$"},{"type":"boolean"},{"type":"null"}]}`,
	`{"type":"object","properties":{"kind":{"const":"circle"},"r":{"type":"number","minimum":0}},"required":["kind","r"],"additionalProperties":false}`,
	`{"oneOf":[{"type":"object","properties":{"t":{"const":"a"},"x":{"type":"integer"}},"required":["t"]},{"type":"object","properties":{"t":{"const":"b"},"y":{"type":"string","format":"date"}},"required":["t","y"]}]}`,
	`{"$defs":{"node":{"type":"object","properties":{"v":{"type":"integer"},"kids":{"type":"array","items":{"$ref":"#/$defs/node"},"maxItems":2}},"required":["v"],"additionalProperties":false}},"$ref":"#/$defs/node"}`,
	`{"type":"object","patternProperties":{"^x-":{"type":"integer"}},"additionalProperties":{"type":"string","minLength":1,"maxLength":3},"minProperties":1,"maxProperties":3}`,
	`{"type":"object","properties":{"id":{"type":"string","format":"uuid"},"at":{"type":"string","format":"date-time"},"ip":{"type":"string","format":"ipv4"},"mail":{"type":"string","format":"email"}},"required":["id","at","ip","mail"]}`,
	`{"type":"object","properties":{"a":{"type":"integer"},"b":{"type":"integer"}},"dependentRequired":{"a":["b"]},"propertyNames":{"pattern":"^[a-z]$"}}`,
	`{"type":"string","minLength":2,"maxLength":5}`,
	`{"type":"array","items":{"enum":[2.0,-0.25,1e2,"x",0]},"minItems":1,"maxItems":3}`,
}

var shortToks []int

// pick chooses a token from the mask, favouring short and closing tokens
// so that outputs finish.
func pick(rng *rand.Rand, ix *Index, mask []uint64, stops []int) int {
	if shortToks == nil {
		for id := 0; id < ix.NumTokens(); id++ {
			tb := ix.TokenBytes(id)
			if !ix.IsSpecial(id) && (len(tb) <= 2 || bytes.ContainsAny(tb, "\"]}")) {
				shortToks = append(shortToks, id)
			}
		}
	}
	for _, s := range stops {
		if maskHas(mask, s) && rng.Intn(2) == 0 {
			return s
		}
	}
	if rng.Intn(10) < 8 {
		var short []int
		for _, id := range shortToks {
			if maskHas(mask, id) {
				short = append(short, id)
			}
		}
		if len(short) > 0 {
			return short[rng.Intn(len(short))]
		}
	}
	for try := 0; try < 2000; try++ {
		if id := rng.Intn(ix.NumTokens()); maskHas(mask, id) {
			return id
		}
	}
	for w, x := range mask {
		if x != 0 {
			return w*64 + bits.TrailingZeros64(x)
		}
	}
	return -1
}

// TestRandomOutputsValidate samples random tokens inside the mask until a
// stop token: every finished output must be valid JSON that
// santhosh-tekuri/jsonschema validates against the schema (formats asserted).
func TestRandomOutputsValidate(t *testing.T) {
	_, ix := qwen(t)
	rng := rand.New(rand.NewSource(7))
	finished := 0
	for si, s := range propertySchemas {
		c := jsonschema.NewCompiler()
		c.Draft = jsonschema.Draft2020
		c.AssertFormat = true
		if err := c.AddResource("s.json", strings.NewReader(s)); err != nil {
			t.Fatal(err)
		}
		ref, err := c.Compile("s.json")
		if err != nil {
			t.Fatalf("schema %d: %v", si, err)
		}
		for _, ws := range []WhitespaceMode{Compact, Flexible} {
			g, err := CompileJSONSchema(ix, []byte(s), Options{Whitespace: ws})
			if err != nil {
				t.Fatalf("schema %d: %v", si, err)
			}
			mask := make([]uint64, ix.MaskWords())
			for run := 0; run < 6; run++ {
				m := g.NewMatcher()
				var out []byte
				for step := 0; step < 300 && !m.Stopped(); step++ {
					m.Mask(mask)
					if popcount(mask) == 0 {
						t.Fatalf("schema %d: empty mask (dead end) after %q", si, out)
					}
					id := pick(rng, ix, mask, g.StopTokens())
					if err := m.Accept(id); err != nil {
						t.Fatalf("schema %d: token %d from the mask refused: %v", si, id, err)
					}
					out = append(out, ix.TokenBytes(id)...)
					if g.isStop(id) {
						out = out[:len(out)-len(ix.TokenBytes(id))]
					}
				}
				if !m.Stopped() {
					continue
				}
				finished++
				var v any
				if err := json.Unmarshal(out, &v); err != nil {
					t.Fatalf("schema %d: invalid JSON %q: %v", si, out, err)
				}
				if err := ref.Validate(v); err != nil {
					t.Fatalf("schema %d: %q does not validate: %v", si, out, err)
				}
			}
		}
	}
	if finished < 40 {
		t.Fatalf("only %d outputs finished", finished)
	}
	t.Logf("%d random outputs validated", finished)
}
