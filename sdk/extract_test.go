package sdk

import (
	"context"
	"errors"
	"iter"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/schema"
)

type invoice struct {
	Number string   `json:"number"`
	Total  float64  `json:"total"`
	Items  []string `json:"items,omitempty"`
}

// jsonEngine replies with fixed text and records the request.
type jsonEngine struct {
	reply  string
	reason FinishReason
	got    *Request
}

func (j jsonEngine) Chat(ctx context.Context, req Request) iter.Seq2[Event, error] {
	*j.got = req
	return func(yield func(Event, error) bool) {
		if yield(Event{Kind: TextEvent, Text: j.reply}, nil) {
			yield(Event{Kind: DoneEvent, Done: &Done{Reason: j.reason}}, nil)
		}
	}
}

func TestExtract(t *testing.T) {
	var req Request
	e := jsonEngine{reply: `{"number": "A-17", "total": 99.5}`, reason: FinishStop, got: &req}
	inv, err := Extract[invoice](context.Background(), e, "Extract the invoice.", "Invoice A-17, total 99.50 EUR", WithMaxTokens(200))
	if err != nil {
		t.Fatal(err)
	}
	if inv.Number != "A-17" || inv.Total != 99.5 {
		t.Fatalf("%+v", inv)
	}
	want, _ := schema.For[invoice]()
	if req.ResponseFormat == nil || string(req.ResponseFormat.Schema) != string(want) || req.MaxTokens != 200 {
		t.Fatalf("request %+v", req)
	}
	if len(req.Messages) != 2 || !strings.Contains(req.Messages[0].Content, string(want)) || req.Messages[1].Content != "Invoice A-17, total 99.50 EUR" {
		t.Fatalf("messages %+v", req.Messages)
	}
	for _, c := range []struct {
		reply  string
		reason FinishReason
		msg    string
	}{
		{`{"number": "A-17"}`, FinishStop, "total"},
		{`{"number": 17, "total": 1}`, FinishStop, "/number"},
		{`not json`, FinishStop, "invalid"},
		{`{"number": "A`, FinishLength, "cut short"},
	} {
		_, err := Extract[invoice](context.Background(), jsonEngine{reply: c.reply, reason: c.reason, got: &req}, "x", "y")
		var ee *ExtractError
		if !errors.As(err, &ee) || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: %v (want an ExtractError mentioning %q)", c.reply, err, c.msg)
		}
	}
}
