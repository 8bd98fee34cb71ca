package chat

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestNewToolSpec(t *testing.T) {
	ts, err := NewToolSpec("get_weather", "Weather \"now\" <here>", json.RawMessage(`{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}`))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"type": "function", "function": {"name": "get_weather", "description": "Weather \"now\" <here>", "parameters": {"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}}`
	if string(ts.JSON()) != want {
		t.Fatalf("got  %s\nwant %s", ts.JSON(), want)
	}
	if ts.Name() != "get_weather" {
		t.Fatalf("name %q", ts.Name())
	}
	desc, params, err := ts.Function()
	if err != nil || desc != `Weather "now" <here>` || string(params) != `{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}` {
		t.Fatalf("Function() = %q, %s, %v", desc, params, err)
	}
	noArgs, err := NewToolSpec("now", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"type": "function", "function": {"name": "now", "parameters": {"type": "object", "properties": {}}}}`; string(noArgs.JSON()) != want {
		t.Fatalf("got %s", noArgs.JSON())
	}
	if _, err := NewToolSpec("", "x", nil); err == nil {
		t.Error("empty name accepted")
	}
	if _, err := NewToolSpec("f", "x", json.RawMessage(`[1]`)); err == nil {
		t.Error("array parameters accepted")
	}
}

func TestToolSpecJSON(t *testing.T) {
	for _, in := range []string{
		`{"type": "function", "function": {"name": "a", "parameters": {"z": 1.50, "a": 2}}}`,
		`{"name":"a","description":"bare"}`,
	} {
		var ts ToolSpec
		if err := json.Unmarshal([]byte(in), &ts); err != nil {
			t.Fatal(err)
		}
		if ts.Name() != "a" {
			t.Fatalf("%s: name %q", in, ts.Name())
		}
		if string(ts.JSON()) != in {
			t.Fatalf("%s: JSON() gave %s (want the bytes as given)", in, ts.JSON())
		}
		// encoding/json compacts what MarshalJSON returns; order and literals stay.
		out, err := json.Marshal(ts)
		var want bytes.Buffer
		json.Compact(&want, []byte(in))
		if err != nil || string(out) != want.String() {
			t.Fatalf("%s: marshal gave %s, %v", in, out, err)
		}
	}
	for _, in := range []string{`[]`, `{"type":"function","function":{}}`, `{"name":""}`, `{"name":1}`, `{`} {
		if _, err := ParseToolSpec([]byte(in)); err == nil {
			t.Errorf("%s accepted", in)
		}
	}
	// Inside a struct too.
	var req struct{ Tools []ToolSpec }
	if err := json.Unmarshal([]byte(`{"Tools":[{"name":"x"}]}`), &req); err != nil || len(req.Tools) != 1 || req.Tools[0].Name() != "x" {
		t.Fatalf("%+v %v", req, err)
	}
	if _, err := json.Marshal(ToolSpec{}); err == nil {
		t.Error("zero ToolSpec marshalled")
	}
}
