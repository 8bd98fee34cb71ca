package sdk

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/grammar"
)

func TestLocalResponseFormat(t *testing.T) {
	ctx := context.Background()
	// A model that answers in the schema's shape gets its answer through.
	l, _ := newScripted(t, 4096, `{"number": "A-17", "total": 99.5}`)
	inv, err := Extract[invoice](ctx, l, "Extract the invoice.", "Invoice A-17, 99.50")
	if err != nil {
		t.Fatal(err)
	}
	if inv.Number != "A-17" || inv.Total != 99.5 {
		t.Fatalf("%+v", inv)
	}

	// A model that would answer otherwise is held to the schema.
	schema := json.RawMessage(`{"type": "object", "properties": {"answer": {"enum": ["yes", "no"]}}, "required": ["answer"], "additionalProperties": false}`)
	l2, _ := newScripted(t, 4096, `Sure! {"answer": "maybe"}`)
	r, err := Complete(ctx, l2, Request{Messages: userMsg("ok?"), ResponseFormat: &ResponseFormat{Schema: schema}, MaxTokens: 50})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("constrained reply %q", r.Text)
	var got struct{ Answer string }
	if err := json.Unmarshal([]byte(r.Text), &got); err != nil || got.Answer != "yes" && got.Answer != "no" || r.Reason != FinishStop {
		t.Fatalf("constrained reply %q (%v), reason %s", r.Text, err, r.Reason)
	}

	// Forced text that NFC would change (a decomposed é) is not
	// jump-forwarded as re-encoded text: it is sampled under the mask, byte
	// for byte as the schema says.
	nfc := json.RawMessage(`{"type": "object", "properties": {"v": {"const": "e\u0301x"}}, "required": ["v"], "additionalProperties": false}`)
	r, err = Complete(ctx, l2, Request{Messages: userMsg("v?"), ResponseFormat: &ResponseFormat{Schema: nfc}, MaxTokens: 50})
	if err != nil || r.Text != "{\"v\":\"e\u0301x\"}" {
		t.Fatalf("decomposed const: %q %v", r.Text, err)
	}

	// A schema the grammar cannot compile is an error before any work.
	_, err = Complete(ctx, l2, Request{Messages: userMsg("ok?"), ResponseFormat: &ResponseFormat{Schema: json.RawMessage(`{"type": 5}`)}})
	if err == nil {
		t.Fatal("invalid schema accepted")
	}

	// So is a schema no value satisfies (a required key that
	// additionalProperties forbids): a *grammar.CompileError naming the
	// contradiction, where decoding would stop at its first token.
	_, err = Complete(ctx, l2, Request{Messages: userMsg("ok?"), ResponseFormat: &ResponseFormat{Schema: json.RawMessage(`{"type": "object", "required": ["v"], "additionalProperties": false}`)}})
	var ce *grammar.CompileError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "accepts no JSON value") {
		t.Fatalf("unsatisfiable schema: %v (want a CompileError saying it accepts no JSON value)", err)
	}
}
