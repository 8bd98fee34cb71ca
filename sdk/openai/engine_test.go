package openai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk"
	"github.com/qwenkit/qwenkit/sdk/chatml"
)

// server answers every request with the given SSE lines after checking the
// request with check.
func server(t *testing.T, check func(body map[string]any), lines ...string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chat/completions" || r.Header.Get("Authorization") != "Bearer k" {
			http.Error(w, "bad path or key", http.StatusNotFound)
			return
		}
		var body map[string]any
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if check != nil {
			check(body)
		}
		w.Header().Set("Content-Type", "text/event-stream")
		for _, l := range lines {
			fmt.Fprintf(w, "%s\n\n", l)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func engine(srv *httptest.Server) *Engine {
	e := New(srv.URL+"/v1", "qwen2.5-7b-instruct")
	e.APIKey = "k"
	return e
}

func TestChatStream(t *testing.T) {
	tool, _ := chat.ParseToolSpec([]byte(`{"name": "get_weather", "parameters": {"type": "object"}}`))
	var got map[string]any
	srv := server(t, func(b map[string]any) { got = b },
		`: keep-alive comment`,
		`data: {"choices":[{"index":0,"delta":{"role":"assistant","content":"Let me "}}]}`,
		`data: {"choices":[{"index":0,"delta":{"content":"check."}}]}`,
		`data: {"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"get_weather","arguments":"{\"ci"}}]}}]}`,
		`data: {"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"ty\": \"Paris\"}"}}]}}]}`,
		`data: {"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_b","function":{"name":"get_weather","arguments":""}}]}}]}`,
		`data: {"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}`,
		`data: {"choices":[],"usage":{"prompt_tokens":120,"completion_tokens":31,"prompt_tokens_details":{"cached_tokens":100}}}`,
		`data: [DONE]`)
	req := sdk.Request{
		Messages: []chat.Message{
			{Role: chat.User, Content: "weather <b>?"},
			{Role: chat.Assistant, ToolCalls: []chat.ToolCall{{ID: "c0", Name: "get_weather", Arguments: json.RawMessage(`{"city": "Rome"}`)}}},
			{Role: chat.Tool, ToolCallID: "c0", Content: "sunny"},
		},
		Tools:      []chat.ToolSpec{tool},
		ToolChoice: sdk.ToolChoice{Mode: sdk.ToolRequired},
		Sampling:   sdk.Sampling{Temperature: 0.7, TopK: 20, TopP: 0.8, Seed: 3},
		MaxTokens:  64,
		Stop:       []string{"END"},
	}
	r, err := sdk.Complete(context.Background(), engine(srv), req)
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "Let me check." || len(r.ToolCalls) != 2 || r.Reason != sdk.FinishToolCalls {
		t.Fatalf("%+v", r)
	}
	if c := r.ToolCalls[0]; c.ID != "call_a" || c.Name != "get_weather" || string(c.Arguments) != `{"city": "Paris"}` {
		t.Fatalf("call 0: %+v", c)
	}
	if c := r.ToolCalls[1]; c.ID != "call_b" || string(c.Arguments) != `{}` {
		t.Fatalf("call 1: %+v", c)
	}
	if u := r.Usage; u.PromptTokens != 120 || u.CompletionTokens != 31 || u.CachedTokens != 100 || u.TimeToFirstToken <= 0 {
		t.Fatalf("usage %+v", u)
	}
	// The request as the server saw it.
	want := map[string]any{
		"model": "qwen2.5-7b-instruct", "stream": true, "temperature": 0.7, "top_k": 20.0, "top_p": 0.8,
		"seed": 3.0, "max_tokens": 64.0, "tool_choice": "required",
	}
	for k, v := range want {
		if fmt.Sprint(got[k]) != fmt.Sprint(v) {
			t.Errorf("request %s = %v, want %v", k, got[k], v)
		}
	}
	msgs := got["messages"].([]any)
	call := msgs[1].(map[string]any)["tool_calls"].([]any)[0].(map[string]any)["function"].(map[string]any)
	if call["arguments"] != `{"city": "Rome"}` {
		t.Errorf("arguments not sent as a string: %#v", call["arguments"])
	}
	if msgs[2].(map[string]any)["tool_call_id"] != "c0" || msgs[0].(map[string]any)["content"] != "weather <b>?" {
		t.Errorf("messages %v", msgs)
	}
	tools := got["tools"].([]any)
	if fn := tools[0].(map[string]any)["function"].(map[string]any); fn["name"] != "get_weather" || tools[0].(map[string]any)["type"] != "function" {
		t.Errorf("bare tool not wrapped: %v", tools[0])
	}
}

func TestResponseFormatAndGreedy(t *testing.T) {
	var got map[string]any
	srv := server(t, func(b map[string]any) { got = b },
		`data: {"choices":[{"delta":{"content":"{\"a\": 1}"},"finish_reason":"stop"}]}`, `data: [DONE]`)
	req := sdk.Request{Messages: []chat.Message{{Role: chat.User, Content: "x"}}, ResponseFormat: &sdk.ResponseFormat{Name: "thing", Schema: json.RawMessage(`{"type": "object"}`)}}
	r, err := sdk.Complete(context.Background(), engine(srv), req)
	if err != nil || r.Text != `{"a": 1}` || r.Reason != sdk.FinishStop {
		t.Fatalf("%+v %v", r, err)
	}
	rf := got["response_format"].(map[string]any)
	js := rf["json_schema"].(map[string]any)
	if rf["type"] != "json_schema" || js["name"] != "thing" || js["schema"].(map[string]any)["type"] != "object" {
		t.Fatalf("response_format %v", rf)
	}
	if got["temperature"] != 0.0 || got["seed"] != nil || got["tools"] != nil {
		t.Fatalf("greedy request: temperature %v seed %v tools %v", got["temperature"], got["seed"], got["tools"])
	}
}

func TestErrors(t *testing.T) {
	ctx := context.Background()
	req := sdk.Request{Messages: []chat.Message{{Role: chat.User, Content: "x"}}}
	status := func(code int, body string) *httptest.Server {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(code)
			io.WriteString(w, body)
		}))
		t.Cleanup(srv.Close)
		return srv
	}
	_, err := sdk.Complete(ctx, engine(status(400, `{"error": {"message": "This model's maximum context length is 32768 tokens. However, you requested 40000 tokens."}}`)), req)
	if !errors.Is(err, sdk.ErrContextOverflow) || !strings.Contains(err.Error(), "32768") {
		t.Fatalf("context overflow: %v", err)
	}
	_, err = sdk.Complete(ctx, engine(status(500, "boom")), req)
	if err == nil || !strings.Contains(err.Error(), "HTTP 500: boom") || errors.Is(err, sdk.ErrContextOverflow) {
		t.Fatalf("500: %v", err)
	}
	for _, c := range []struct {
		lines []string
		msg   string
	}{
		{[]string{`data: {not json`}, "bad stream chunk"},
		{[]string{`data: {"choices":[{"delta":{"content":"a"}}]}`}, "ended without"},
		{[]string{`data: {"error":{"message":"overloaded"}}`}, "overloaded"},
		{[]string{`data: {"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"name":"f","arguments":"[1]"}}]},"finish_reason":"tool_calls"}]}`, `data: [DONE]`}, "not a JSON object"},
	} {
		_, err := sdk.Complete(ctx, engine(server(t, nil, c.lines...)), req)
		if err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%v: %v (want %q)", c.lines, err, c.msg)
		}
	}
	var te *chatml.ToolCallError
	_, err = sdk.Complete(ctx, engine(server(t, nil, `data: {"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{}"}}]},"finish_reason":"tool_calls"}]}`, `data: [DONE]`)), req)
	if !errors.As(err, &te) {
		t.Fatalf("nameless call: %v", err)
	}
	if _, err := sdk.Complete(ctx, engine(status(200, "")), sdk.Request{}); err == nil {
		t.Fatal("invalid request sent")
	}
}

func TestCancel(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		fmt.Fprint(w, "data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\n")
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-release:
		case <-time.After(5 * time.Second):
		}
	}))
	defer srv.Close()
	defer close(release)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	e := New(srv.URL, "m")
	var texts int
	var gotErr error
	start := time.Now()
	for ev, err := range e.Chat(ctx, sdk.Request{Messages: []chat.Message{{Role: chat.User, Content: "x"}}}) {
		if err != nil {
			gotErr = err
			break
		}
		if ev.Kind == sdk.TextEvent {
			texts++
			cancel()
		}
	}
	if texts != 1 || !errors.Is(gotErr, context.Canceled) || time.Since(start) > 4*time.Second {
		t.Fatalf("%d texts, error %v after %v", texts, gotErr, time.Since(start))
	}
}
