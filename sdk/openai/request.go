// Package openai is an sdk.Engine backed by an OpenAI-compatible chat
// completions server (vLLM, SGLang, llama-server, or OpenAI itself), so code
// written against sdk.Engine can move from the local engine to a serving
// cluster unchanged. It streams (server-sent events) and maps the request,
// the deltas, the tool calls, the usage and the context-overflow error onto
// the sdk's types.
package openai

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk"
)

// wire types of POST /v1/chat/completions.
type wireRequest struct {
	Model             string            `json:"model"`
	Messages          []wireMessage     `json:"messages"`
	Tools             []json.RawMessage `json:"tools,omitempty"`
	ToolChoice        *sdk.ToolChoice   `json:"tool_choice,omitempty"`
	ResponseFormat    json.RawMessage   `json:"response_format,omitempty"`
	Temperature       float64           `json:"temperature"`
	TopP              float64           `json:"top_p,omitempty"`
	TopK              int               `json:"top_k,omitempty"`
	MinP              float64           `json:"min_p,omitempty"`
	RepetitionPenalty float64           `json:"repetition_penalty,omitempty"`
	PresencePenalty   float64           `json:"presence_penalty,omitempty"`
	FrequencyPenalty  float64           `json:"frequency_penalty,omitempty"`
	Seed              *uint64           `json:"seed,omitempty"`
	MaxTokens         int               `json:"max_tokens,omitempty"`
	Stop              []string          `json:"stop,omitempty"`
	ParallelToolCalls *bool             `json:"parallel_tool_calls,omitempty"`
	Stream            bool              `json:"stream"`
	StreamOptions     map[string]bool   `json:"stream_options,omitempty"`
}

type wireMessage struct {
	Role       chat.Role      `json:"role"`
	Content    string         `json:"content"`
	ToolCalls  []wireToolCall `json:"tool_calls,omitempty"`
	ToolCallID string         `json:"tool_call_id,omitempty"`
	Name       string         `json:"name,omitempty"`
}

type wireToolCall struct {
	Index    *int         `json:"index,omitempty"`
	ID       string       `json:"id,omitempty"`
	Type     string       `json:"type,omitempty"`
	Function wireFunction `json:"function"`
}

type wireFunction struct {
	Name      string `json:"name,omitempty"`
	Arguments string `json:"arguments"`
}

// encodeRequest builds the request body for model.
func encodeRequest(model string, req *sdk.Request) ([]byte, error) {
	w := wireRequest{
		Model:             model,
		Temperature:       max(req.Sampling.Temperature, 0),
		TopP:              req.Sampling.TopP,
		TopK:              req.Sampling.TopK,
		MinP:              req.Sampling.MinP,
		RepetitionPenalty: req.Sampling.RepetitionPenalty,
		PresencePenalty:   req.Sampling.PresencePenalty,
		FrequencyPenalty:  req.Sampling.FrequencyPenalty,
		MaxTokens:         req.MaxTokens,
		Stop:              req.Stop,
		Stream:            true,
		StreamOptions:     map[string]bool{"include_usage": true},
	}
	if req.Sampling.TopK == 1 {
		w.Temperature, w.TopK = 0, 0
	}
	if req.Sampling.Temperature > 0 || req.Sampling.Seed != 0 {
		seed := req.Sampling.Seed
		w.Seed = &seed
	}
	for i, m := range req.Messages {
		wm := wireMessage{Role: m.Role, Content: m.Content, ToolCallID: m.ToolCallID, Name: m.Name}
		for j, c := range m.ToolCalls {
			args, err := argumentsString(c.Arguments)
			if err != nil {
				return nil, fmt.Errorf("openai: message %d: tool call %d (%s): %w", i, j, c.Name, err)
			}
			wm.ToolCalls = append(wm.ToolCalls, wireToolCall{ID: c.ID, Type: "function", Function: wireFunction{Name: c.Name, Arguments: args}})
		}
		w.Messages = append(w.Messages, wm)
	}
	for _, t := range req.Tools {
		w.Tools = append(w.Tools, openAITool(t))
	}
	if len(req.Tools) > 0 {
		tc := req.ToolChoice
		w.ToolChoice = &tc
		if req.MaxToolCalls == 1 {
			no := false
			w.ParallelToolCalls = &no
		}
	}
	if rf := req.ResponseFormat; rf != nil {
		name := rf.Name
		if name == "" {
			name = "response"
		}
		var err error
		if len(rf.Schema) == 0 {
			w.ResponseFormat = json.RawMessage(`{"type": "json_object"}`)
		} else if w.ResponseFormat, err = json.Marshal(map[string]any{
			"type":        "json_schema",
			"json_schema": map[string]any{"name": name, "schema": rf.Schema, "strict": true},
		}); err != nil {
			return nil, fmt.Errorf("openai: response format: %w", err)
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(w); err != nil {
		return nil, fmt.Errorf("openai: request: %w", err)
	}
	return b.Bytes(), nil
}

// argumentsString gives a call's arguments as OpenAI wants them: JSON text in
// a string. Arguments already given as a JSON string are that string.
func argumentsString(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "{}", nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return s, nil
	}
	if !json.Valid(raw) {
		return "", fmt.Errorf("arguments are not valid JSON: %.40q", raw)
	}
	return string(raw), nil
}

// openAITool writes a tool in the {"type": "function", "function": {...}}
// shape, wrapping a bare one.
func openAITool(t chat.ToolSpec) json.RawMessage {
	var probe struct {
		Function json.RawMessage `json:"function"`
	}
	if json.Unmarshal(t.JSON(), &probe) == nil && len(probe.Function) > 0 {
		return t.JSON()
	}
	return json.RawMessage(`{"type": "function", "function": ` + string(t.JSON()) + `}`)
}
