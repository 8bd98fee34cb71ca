package openai

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk"
	"github.com/qwenkit/qwenkit/sdk/chatml"
)

// Engine talks to one model on an OpenAI-compatible server. Its fields are
// read-only once it is in use; it is safe for concurrent use.
type Engine struct {
	// BaseURL is the API root, such as "http://localhost:8000/v1".
	BaseURL string
	// Model names the model to use.
	Model string
	// APIKey, when set, is sent as a bearer token.
	APIKey string
	// Client is the HTTP client (http.DefaultClient when nil).
	Client *http.Client
}

// New returns an engine for model at baseURL.
func New(baseURL, model string) *Engine { return &Engine{BaseURL: baseURL, Model: model} }

// Chat sends req to the server and streams its reply. Sampling settings the
// OpenAI API lacks (top_k, min_p, repetition_penalty) are sent as the
// extensions vLLM, SGLang and llama-server accept. A server's refusal of a
// prompt longer than its context is sdk.ErrContextOverflow.
func (e *Engine) Chat(ctx context.Context, req sdk.Request) iter.Seq2[sdk.Event, error] {
	return func(yield func(sdk.Event, error) bool) {
		begin := time.Now()
		if err := req.Validate(); err != nil {
			yield(sdk.Event{}, err)
			return
		}
		body, err := encodeRequest(e.Model, &req)
		if err != nil {
			yield(sdk.Event{}, err)
			return
		}
		hr, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimSuffix(e.BaseURL, "/")+"/chat/completions", bytes.NewReader(body))
		if err != nil {
			yield(sdk.Event{}, fmt.Errorf("openai: %w", err))
			return
		}
		hr.Header.Set("Content-Type", "application/json")
		hr.Header.Set("Accept", "text/event-stream")
		if e.APIKey != "" {
			hr.Header.Set("Authorization", "Bearer "+e.APIKey)
		}
		client := e.Client
		if client == nil {
			client = http.DefaultClient
		}
		resp, err := client.Do(hr)
		if err != nil {
			yield(sdk.Event{}, fmt.Errorf("openai: %w", err))
			return
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			yield(sdk.Event{}, statusError(hr, resp))
			return
		}
		s := stream{begin: begin, calls: map[int]*pendingCall{}}
		s.run(resp.Body, yield)
	}
}

// statusError reads the error response to req: {"error": {"message": ...}}
// or text.
func statusError(req *http.Request, resp *http.Response) error {
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	var w struct {
		Error struct {
			Message string `json:"message"`
		} `json:"error"`
		Message string `json:"message"`
	}
	msg := strings.TrimSpace(string(data))
	if json.Unmarshal(data, &w) == nil {
		if w.Error.Message != "" {
			msg = w.Error.Message
		} else if w.Message != "" {
			msg = w.Message
		}
	}
	err := fmt.Errorf("openai: %s %s: HTTP %d: %s", req.Method, req.URL.Redacted(), resp.StatusCode, msg)
	low := strings.ToLower(msg)
	if resp.StatusCode == http.StatusBadRequest && (strings.Contains(low, "context length") || strings.Contains(low, "context size") || strings.Contains(low, "context window")) {
		return fmt.Errorf("%w: %w", sdk.ErrContextOverflow, err)
	}
	return err
}

type pendingCall struct {
	id, name string
	args     strings.Builder
}

// stream turns server-sent chunks into events.
type stream struct {
	begin  time.Time
	first  time.Time
	calls  map[int]*pendingCall
	order  []int
	reason sdk.FinishReason
	usage  sdk.Usage
	sawAny bool
}

type chunk struct {
	Choices []struct {
		Delta struct {
			Content   *string        `json:"content"`
			ToolCalls []wireToolCall `json:"tool_calls"`
		} `json:"delta"`
		FinishReason *string `json:"finish_reason"`
	} `json:"choices"`
	Usage *struct {
		PromptTokens        int `json:"prompt_tokens"`
		CompletionTokens    int `json:"completion_tokens"`
		PromptTokensDetails *struct {
			CachedTokens int `json:"cached_tokens"`
		} `json:"prompt_tokens_details"`
	} `json:"usage"`
	Error *struct {
		Message string `json:"message"`
	} `json:"error"`
}

func (s *stream) run(body io.Reader, yield func(sdk.Event, error) bool) {
	sc := bufio.NewScanner(body)
	sc.Buffer(nil, 16<<20)
	done := false
	for sc.Scan() {
		// The line's bytes are valid until the next Scan; Unmarshal copies
		// what it keeps, so a chunk costs no line copy.
		data, ok := bytes.CutPrefix(sc.Bytes(), []byte("data:"))
		if !ok {
			continue // comments, event names, blank separators
		}
		data = bytes.TrimSpace(data)
		if string(data) == "[DONE]" {
			done = true
			break
		}
		var c chunk
		if err := json.Unmarshal(data, &c); err != nil {
			yield(sdk.Event{}, fmt.Errorf("openai: bad stream chunk %.80q: %w", data, err))
			return
		}
		if c.Error != nil {
			yield(sdk.Event{}, fmt.Errorf("openai: stream error: %s", c.Error.Message))
			return
		}
		if c.Usage != nil {
			s.usage.PromptTokens, s.usage.CompletionTokens = c.Usage.PromptTokens, c.Usage.CompletionTokens
			if d := c.Usage.PromptTokensDetails; d != nil {
				s.usage.CachedTokens = d.CachedTokens
			}
		}
		for _, ch := range c.Choices {
			if t := ch.Delta.Content; t != nil && *t != "" {
				s.mark()
				if !yield(sdk.Event{Kind: sdk.TextEvent, Text: *t}, nil) {
					return
				}
			}
			for _, tc := range ch.Delta.ToolCalls {
				s.mark()
				idx := len(s.order)
				if tc.Index != nil {
					idx = *tc.Index
				}
				p := s.calls[idx]
				if p == nil {
					p = &pendingCall{}
					s.calls[idx] = p
					s.order = append(s.order, idx)
				}
				if tc.ID != "" {
					p.id = tc.ID
				}
				if tc.Function.Name != "" {
					p.name = tc.Function.Name
				}
				p.args.WriteString(tc.Function.Arguments)
			}
			if ch.FinishReason != nil && *ch.FinishReason != "" {
				s.reason = sdk.FinishReason(*ch.FinishReason)
			}
		}
	}
	if err := sc.Err(); err != nil {
		yield(sdk.Event{}, fmt.Errorf("openai: reading the stream: %w", err))
		return
	}
	if !done && s.reason == "" {
		yield(sdk.Event{}, errors.New("openai: the stream ended without a finish reason or [DONE]"))
		return
	}
	sort.Ints(s.order)
	for n, idx := range s.order {
		p := s.calls[idx]
		call, err := finishCall(n, p)
		if err != nil {
			yield(sdk.Event{}, err)
			return
		}
		if !yield(sdk.Event{Kind: sdk.ToolCallEvent, ToolCall: &call}, nil) {
			return
		}
	}
	if s.sawAny {
		s.usage.TimeToFirstToken = s.first.Sub(s.begin)
		if n := s.usage.CompletionTokens; n > 1 {
			if d := time.Since(s.first); d > 0 {
				s.usage.TokensPerSecond = float64(n-1) / d.Seconds()
			}
		}
	}
	switch s.reason {
	case "", "stop", "eos":
		s.reason = sdk.FinishStop
		if len(s.order) > 0 {
			s.reason = sdk.FinishToolCalls
		}
	case "function_call":
		s.reason = sdk.FinishToolCalls
	}
	yield(sdk.Event{Kind: sdk.DoneEvent, Done: &sdk.Done{Reason: s.reason, Usage: s.usage}}, nil)
}

func (s *stream) mark() {
	if !s.sawAny {
		s.sawAny, s.first = true, time.Now()
	}
}

// finishCall checks a streamed call: a name, and arguments that are a JSON
// object (empty arguments are {}).
func finishCall(n int, p *pendingCall) (chat.ToolCall, error) {
	args := strings.TrimSpace(p.args.String())
	if args == "" {
		args = "{}"
	}
	switch {
	case p.name == "":
		return chat.ToolCall{}, &chatml.ToolCallError{Index: n, Body: args, Err: errors.New("no function name")}
	case args[0] != '{' || !json.Valid([]byte(args)):
		return chat.ToolCall{}, &chatml.ToolCallError{Index: n, Body: args, Err: errors.New("arguments are not a JSON object")}
	}
	return chat.ToolCall{ID: p.id, Name: p.name, Arguments: json.RawMessage(args)}, nil
}
