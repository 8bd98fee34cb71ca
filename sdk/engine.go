package sdk

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"time"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk/sample"
)

// Engine generates chat replies. Chat streams the reply to one request as
// events: text deltas and tool calls as they complete, then one final Done
// event with the finish reason and usage. An error ends the stream; it is
// yielded once, with a zero Event. Stopping the iteration early (break) or
// cancelling ctx ends generation within one token. Implementations are safe
// for concurrent use: each call to Chat is an independent request.
type Engine interface {
	// Chat streams the reply to req, ending with a DoneEvent or an error.
	Chat(ctx context.Context, req Request) iter.Seq2[Event, error]
}

// Request is one chat request, in the OpenAI / Hugging Face shape.
type Request struct {
	// Messages is the conversation so far; the reply continues it.
	Messages []chat.Message `json:"messages"`
	// Tools the model may call. With none, the reply is text only.
	Tools []chat.ToolSpec `json:"tools,omitempty"`
	// ToolChoice says whether the model may, must, or must not call a tool,
	// or which one it must call. The zero value is ToolAuto.
	ToolChoice ToolChoice `json:"tool_choice,omitzero"`
	// MaxToolCalls, when positive, ends the reply once it has made that
	// many tool calls (finish reason tool_calls); 0 means no limit. 1 is
	// OpenAI's parallel_tool_calls: false, which sdk/openai sends for it.
	MaxToolCalls int `json:"max_tool_calls,omitempty"`
	// ResponseFormat, when set, constrains the reply's text to JSON matching
	// a schema.
	ResponseFormat *ResponseFormat `json:"response_format,omitempty"`
	// Sampling settings; the zero value is greedy decoding.
	Sampling Sampling `json:"sampling,omitzero"`
	// MaxTokens caps the reply's length in tokens; 0 means up to the end of
	// the context window.
	MaxTokens int `json:"max_tokens,omitempty"`
	// Stop strings end the reply where they first appear; the stop string
	// itself is not part of the reply. They may span tokens.
	Stop []string `json:"stop,omitempty"`
	// StopAfter strings end the reply just after they first appear: unlike
	// Stop, the string is the end of the reply's text. Tool-integrated
	// reasoning stops at "\n```\n", the closing fence of a code block, to
	// run the block. The earliest of all Stop and StopAfter strings wins.
	StopAfter []string `json:"stop_after,omitempty"`
	// Continue makes the reply continue the conversation's last message,
	// which must be an assistant message without tool calls, instead of
	// starting a new assistant turn: the prompt is the conversation as the
	// chat template renders it minus the final "<|im_end|>\n" (the message
	// left open, no new generation prompt), and the reply's text is what
	// the model writes next in that message. Usage, events, stop conditions
	// and MaxTokens are those of the continuation; a grammar (response
	// format, tool calls) constrains the continuation only, not the text
	// already written. On the local engine the open message's tokens are
	// usually still in a pooled KV cache, so only its new tail is computed.
	Continue bool `json:"continue,omitempty"`
}

// Sampling holds the sampling settings: temperature, top-k, top-p, min-p,
// penalties and seed (see sample.Params). The zero value is greedy.
type Sampling = sample.Params

// ToolMode is how a request lets the model use its tools.
type ToolMode uint8

const (
	// ToolAuto lets the model choose between text and tool calls.
	ToolAuto ToolMode = iota
	// ToolNone forbids tool calls (the tools are still shown to the model).
	ToolNone
	// ToolRequired makes the model call at least one tool.
	ToolRequired
	// ToolNamed makes the model call the tool ToolChoice.Name.
	ToolNamed
)

// ToolChoice is a request's tool mode and, for ToolNamed, the tool's name.
type ToolChoice struct {
	Mode ToolMode // the zero value is ToolAuto
	Name string   // ToolNamed: the tool to call, one of the request's tools; ignored otherwise
}

// UseTool returns the choice that forces a call to the named tool.
func UseTool(name string) ToolChoice { return ToolChoice{Mode: ToolNamed, Name: name} }

// String returns "auto", "none", "required" or the forced tool's name.
func (c ToolChoice) String() string {
	switch c.Mode {
	case ToolAuto:
		return "auto"
	case ToolNone:
		return "none"
	case ToolRequired:
		return "required"
	}
	return "function " + c.Name
}

// MarshalJSON writes OpenAI's tool_choice: "auto", "none", "required" or
// {"type": "function", "function": {"name": ...}}.
func (c ToolChoice) MarshalJSON() ([]byte, error) {
	if c.Mode == ToolNamed {
		return json.Marshal(map[string]any{"type": "function", "function": map[string]string{"name": c.Name}})
	}
	return json.Marshal(c.String())
}

// UnmarshalJSON reads OpenAI's tool_choice (see MarshalJSON).
func (c *ToolChoice) UnmarshalJSON(data []byte) error {
	var s string
	if json.Unmarshal(data, &s) == nil {
		switch s {
		case "auto", "":
			*c = ToolChoice{Mode: ToolAuto}
		case "none":
			*c = ToolChoice{Mode: ToolNone}
		case "required":
			*c = ToolChoice{Mode: ToolRequired}
		default:
			return fmt.Errorf("sdk: tool_choice %q (want auto, none, required or a function)", s)
		}
		return nil
	}
	var w struct {
		Function struct {
			Name string `json:"name"`
		} `json:"function"`
	}
	if err := json.Unmarshal(data, &w); err != nil || w.Function.Name == "" {
		return fmt.Errorf("sdk: tool_choice %s (want auto, none, required or {\"type\": \"function\", \"function\": {\"name\": ...}})", data)
	}
	*c = UseTool(w.Function.Name)
	return nil
}

// ResponseFormat constrains a reply to JSON matching Schema.
type ResponseFormat struct {
	// Name names the schema (OpenAI's json_schema.name); optional.
	Name string `json:"name,omitempty"`
	// Schema is a JSON Schema; nil means any JSON object.
	Schema json.RawMessage `json:"schema,omitempty"`
}

// Validate checks a request before any work: messages present, tool choice
// consistent with the tools, sampling settings in range, stop strings
// non-empty, and with Continue a last message that can be continued.
func (r *Request) Validate() error {
	if len(r.Messages) == 0 {
		return errors.New("sdk: request has no messages")
	}
	switch r.ToolChoice.Mode {
	case ToolAuto, ToolNone:
	case ToolRequired:
		if len(r.Tools) == 0 {
			return errors.New("sdk: tool_choice required without tools")
		}
	case ToolNamed:
		found := false
		for _, t := range r.Tools {
			found = found || t.Name() == r.ToolChoice.Name
		}
		if !found {
			return fmt.Errorf("sdk: tool_choice names %q, which is not among the request's tools", r.ToolChoice.Name)
		}
	default:
		return fmt.Errorf("sdk: unknown tool mode %d", r.ToolChoice.Mode)
	}
	if r.ResponseFormat != nil && r.ToolChoice.Mode >= ToolRequired {
		return errors.New("sdk: a response format and a forced tool call exclude each other")
	}
	if r.MaxTokens < 0 {
		return fmt.Errorf("sdk: max_tokens %d is negative", r.MaxTokens)
	}
	if r.MaxToolCalls < 0 {
		return fmt.Errorf("sdk: max_tool_calls %d is negative", r.MaxToolCalls)
	}
	for i, s := range r.Stop {
		if s == "" {
			return fmt.Errorf("sdk: stop string %d is empty", i)
		}
	}
	for i, s := range r.StopAfter {
		if s == "" {
			return fmt.Errorf("sdk: stop-after string %d is empty", i)
		}
	}
	if r.Continue {
		last := r.Messages[len(r.Messages)-1]
		if last.Role != chat.Assistant {
			return fmt.Errorf("sdk: continue: the last message (%d) is a %s message, not an assistant message", len(r.Messages)-1, last.Role)
		}
		if len(last.ToolCalls) > 0 {
			return fmt.Errorf("sdk: continue: the last message (%d) has tool calls; only an assistant message without them can be continued", len(r.Messages)-1)
		}
	}
	return r.Sampling.Validate()
}

// EventKind says what an Event carries.
type EventKind uint8

const (
	// TextEvent carries the next piece of the reply's text in Text.
	TextEvent EventKind = iota + 1
	// ToolCallEvent carries one complete, parsed tool call in ToolCall.
	ToolCallEvent
	// DoneEvent is the last event; Done holds the finish reason and usage.
	DoneEvent
)

// Event is one step of a streamed reply.
type Event struct {
	Kind     EventKind      // which of the fields below is set
	Text     string         // TextEvent
	ToolCall *chat.ToolCall // ToolCallEvent
	Done     *Done          // DoneEvent
}

// FinishReason says why a reply ended.
type FinishReason string

const (
	// FinishStop: the model ended its turn, or a stop string appeared.
	FinishStop FinishReason = "stop"
	// FinishLength: MaxTokens or the context window was reached. A tool
	// call the reply had begun but not finished is left out (the calls
	// before it are reported).
	FinishLength FinishReason = "length"
	// FinishToolCalls: the reply ended with tool calls.
	FinishToolCalls FinishReason = "tool_calls"
)

// Done ends a stream.
type Done struct {
	Reason FinishReason // why the reply ended
	Usage  Usage        // what the request cost
}

// Usage reports what a request cost.
type Usage struct {
	// PromptTokens is the prompt's length in tokens; CachedTokens of them
	// were reused from a KV cache instead of being computed.
	PromptTokens int `json:"prompt_tokens"`
	CachedTokens int `json:"cached_tokens"` // prompt tokens reused from a KV cache (at most PromptTokens)
	// CompletionTokens is the number of tokens generated.
	CompletionTokens int `json:"completion_tokens"`
	// TimeToFirstToken runs from the call to the first generated token.
	TimeToFirstToken time.Duration `json:"time_to_first_token"`
	// TokensPerSecond is the generation rate after the first token.
	TokensPerSecond float64 `json:"tokens_per_second"`
}

// ErrContextOverflow is returned (wrapped, with the figures) when a prompt
// does not fit the model's context window. Prompts are never truncated.
var ErrContextOverflow = errors.New("sdk: prompt does not fit the context window")
