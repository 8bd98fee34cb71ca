package grammar

import (
	"testing"
)

func maskHas(mask []uint64, id int) bool { return mask[id>>6]&(1<<(id&63)) != 0 }

// feed accepts the plain-mode tokens of text, checking each is in the mask.
func feed(t *testing.T, m *Matcher, ids []int) error {
	t.Helper()
	mask := make([]uint64, (m.g.vocab.NumTokens()+63)/64)
	for _, id := range ids {
		m.Mask(mask)
		in := maskHas(mask, id)
		err := m.Accept(id)
		if in != (err == nil) && in {
			t.Fatalf("token %d in mask but Accept failed: %v", id, err)
		}
		if err != nil || !in {
			return err
		}
	}
	return nil
}

func TestToolCalls(t *testing.T) {
	tok, ix := qwen(t)
	open, _ := tok.TokenID("<tool_call>")
	cls, _ := tok.TokenID("</tool_call>")
	imEnd, _ := tok.TokenID("<|im_end|>")
	if open != 151657 || cls != 151658 {
		t.Fatalf("tool tokens %d %d", open, cls)
	}
	tools := []Tool{
		{Name: "get_weather", Parameters: []byte(`{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}`)},
		{Name: "add", Parameters: []byte(`{"type":"object","properties":{"a":{"type":"integer"},"b":{"type":"integer"}},"required":["a","b"],"additionalProperties":false}`)},
	}
	for _, lazy := range []bool{false, true} {
		g, err := CompileToolCalls(ix, tools, ToolCallOptions{Lazy: lazy, AllowText: true, MinCalls: 1}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		call := func(js string) []int {
			ids := []int{open}
			ids = append(ids, tok.Encode("\n"+js+"\n")...)
			return append(ids, cls)
		}
		good := [][]int{
			call(`{"name": "get_weather", "arguments": {"city": "Hangzhou"}}`),
			call(`{"name":"add","arguments":{"a":1,"b":2}}`),
			append(append(append(tok.Encode("Let me check."), call(`{"name": "add", "arguments": {"a": 1, "b": 2}}`)...), tok.Encode("\n")...), call(`{"name": "get_weather", "arguments": {"city": "Paris"}}`)...),
		}
		for i, ids := range good {
			m := g.NewMatcher()
			if err := feed(t, m, ids); err != nil {
				t.Fatalf("lazy=%v good %d: %v", lazy, i, err)
			}
			if !m.Done() {
				t.Fatalf("lazy=%v good %d: not done", lazy, i)
			}
			mask := make([]uint64, ix.MaskWords())
			m.Mask(mask)
			if !maskHas(mask, imEnd) || maskHas(mask, open+10) {
				t.Fatalf("lazy=%v: stop token should be allowed at the end", lazy)
			}
			if err := m.Accept(imEnd); err != nil {
				t.Fatal(err)
			}
		}
		bad := [][]int{
			call(`{"name": "get_weather", "arguments": {"town": "Hangzhou"}}`),
			call(`{"name": "delete_all", "arguments": {}}`),
			call(`{"name":"add","arguments":{"a":1,"b":2,"c":3}}`),
			call(`{"name":  "add", "arguments": {"a": 1, "b": 2}}`),
			append(tok.Encode("<tool_call>\n"), tok.Encode(`{"name": "add", "arguments": {"a": 1, "b": 2}}`)...),
		}
		for i, ids := range bad {
			m := g.NewMatcher()
			if err := feed(t, m, ids); err == nil && m.Done() && !(lazy && i == 4) {
				t.Fatalf("lazy=%v bad %d accepted", lazy, i)
			}
		}
		// text only: the end is allowed in lazy mode only
		m := g.NewMatcher()
		if err := feed(t, m, tok.Encode("Hello there.")); err != nil {
			t.Fatal(err)
		}
		if m.Done() != lazy {
			t.Fatalf("lazy=%v: Done after text = %v", lazy, m.Done())
		}
		// the forced bytes after <tool_call> are the newline and {"name": "
		m = g.NewMatcher()
		if err := m.Accept(open); err != nil {
			t.Fatal(err)
		}
		if f := string(m.Forced()); f != "\n{\"name\":" {
			t.Fatalf("forced %q", f)
		}
	}
}

func TestRegexAndChoice(t *testing.T) {
	tok, ix := qwen(t)
	g, err := CompileRegex(ix, `[0-9]{3}-[a-z]+`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := g.NewMatcher()
	if err := feed(t, m, tok.Encode("123-abc")); err != nil || !m.Done() {
		t.Fatalf("regex: %v done=%v", err, m.Done())
	}
	m = g.NewMatcher()
	if err := feed(t, m, tok.Encode("12-abc")); err == nil && m.Done() {
		t.Fatal("regex accepted 12-abc")
	}
	c, err := CompileChoice(ix, []string{"yes", "no", "maybe"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	m = c.NewMatcher()
	if err := feed(t, m, tok.Encode("maybe")); err != nil || !m.Done() {
		t.Fatalf("choice: %v", err)
	}
	if err := m.Rollback(1); err != nil {
		t.Fatal(err)
	}
	m = c.NewMatcher()
	if f := string(m.Forced()); f != "" {
		t.Fatalf("forced %q", f)
	}
	if err := feed(t, m, tok.Encode("ma")); err != nil {
		t.Fatal(err)
	}
	if f := string(m.Forced()); f != "ybe" {
		t.Fatalf("forced %q, want ybe", f)
	}
}

// TestToolCallDeadKeyPrefix: over two tools, a key prefix that can only
// become a key already written ("name" again) is refused by Accept and
// left out of the mask, so generation cannot reach a dead end.
func TestToolCallDeadKeyPrefix(t *testing.T) {
	tok, ix := qwen(t)
	tools := []Tool{
		{Name: "get_time", Parameters: []byte(`{"type":"object","properties":{"tz":{"type":"string"}},"required":["tz"]}`)},
		{Name: "add", Parameters: []byte(`{"type":"object","properties":{"a":{"type":"integer"},"b":{"type":"integer"}},"required":["a","b"],"additionalProperties":false}`)},
	}
	open, _ := ix.SpecialID("<tool_call>")
	for i, ws := range []WhitespaceMode{Compact, Separators, Flexible} {
		g, err := CompileToolCalls(ix, tools, ToolCallOptions{MinCalls: 1 - i/2, Lazy: i == 2}, Options{Whitespace: ws, AnyOrder: i == 2})
		if err != nil {
			t.Fatal(err)
		}
		sep := ""
		if ws != Compact {
			sep = " "
		}
		prefix := "\n{\"name\":" + sep + "\"get_time\"," + sep
		m := g.NewMatcher()
		if err := m.Accept(open); err != nil {
			t.Fatal(err)
		}
		if err := m.AcceptBytes([]byte(prefix)); err != nil {
			t.Fatal(err)
		}
		mask := make([]uint64, ix.MaskWords())
		m.Mask(mask)
		for _, s := range []string{`"name`, `"name"`} {
			if ids := tok.Encode(s); len(ids) == 1 && maskHas(mask, ids[0]) {
				t.Errorf("mask allows %q after %q", s, prefix)
			}
		}
		if ids := tok.Encode(`"`); !maskHas(mask, ids[0]) {
			t.Errorf("mask refuses the quote of \"arguments after %q", prefix)
		}
		if err := m.AcceptBytes([]byte(`"name`)); err == nil {
			t.Errorf("accepted a second \"name key after %q", prefix)
		}
	}
}

// TestToolCallNoDeadEnd: after the tool name, every token the mask allows
// leads to a state with a non-empty mask (no dead end), whichever
// separators the model writes.
func TestToolCallNoDeadEnd(t *testing.T) {
	_, ix := qwen(t)
	tools := []Tool{
		{Name: "get_time", Parameters: []byte(`{"type":"object","properties":{"tz":{"type":"string"}},"required":["tz"]}`)},
		{Name: "add", Parameters: []byte(`{"type":"object","properties":{"a":{"type":"integer"},"b":{"type":"integer"}},"required":["a","b"],"additionalProperties":false}`)},
	}
	open, _ := ix.SpecialID("<tool_call>")
	g, err := CompileToolCalls(ix, tools, ToolCallOptions{MinCalls: 1}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mask := make([]uint64, ix.MaskWords())
	next := make([]uint64, ix.MaskWords())
	for _, prefix := range []string{"\n{\"name\": \"get_time\"", "\n{\"name\": \"get_time\",", "\n{\"name\": \"get_time\", "} {
		m := g.NewMatcher()
		if err := m.Accept(open); err != nil {
			t.Fatal(err)
		}
		if err := m.AcceptBytes([]byte(prefix)); err != nil {
			t.Fatal(err)
		}
		m.Mask(mask)
		n := 0
		for id := 0; id < ix.NumTokens(); id++ {
			if !maskHas(mask, id) {
				continue
			}
			n++
			if err := m.Accept(id); err != nil {
				t.Fatalf("after %q: token %d %q in the mask refused: %v", prefix, id, ix.TokenBytes(id), err)
			}
			m.Mask(next)
			if popcount(next) == 0 && !m.Done() {
				t.Errorf("after %q: token %q leads to a dead end", prefix, ix.TokenBytes(id))
			}
			m.Rollback(1)
		}
		if n == 0 {
			t.Fatalf("after %q: empty mask", prefix)
		}
	}
}
