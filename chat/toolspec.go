package chat

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/qwenkit/qwenkit/internal/pyjson"
)

// ToolSpec describes one function the model may call, in the OpenAI / Hugging Face
// shape {"type": "function", "function": {"name", "description", "parameters"}}
// or the bare {"name", "description", "parameters"}.
//
// A ToolSpec keeps its JSON exactly as given (key order, number literals, escapes),
// because Qwen2.5's template writes each tool into the prompt as JSON and the
// model was trained on that text. Build one with NewToolSpec, or unmarshal one.
type ToolSpec struct {
	raw  json.RawMessage
	name string
}

// NewToolSpec builds a tool in the OpenAI shape from its name, description and
// JSON Schema for its arguments (an object schema; nil means no arguments,
// written as {"type": "object", "properties": {}}). The schema's JSON is kept
// as given. The result is written with keys in the order type, function, name,
// description, parameters, as Hugging Face's get_json_schema writes them.
func NewToolSpec(name, description string, parameters json.RawMessage) (ToolSpec, error) {
	if name == "" {
		return ToolSpec{}, fmt.Errorf("chat: tool: empty name")
	}
	if len(bytes.TrimSpace(parameters)) == 0 {
		parameters = json.RawMessage(`{"type": "object", "properties": {}}`)
	}
	if !isJSONObject(parameters) {
		return ToolSpec{}, fmt.Errorf("chat: tool %q: parameters must be a JSON object (a JSON Schema), got %.40q", name, parameters)
	}
	var b bytes.Buffer
	b.WriteString(`{"type": "function", "function": {"name": `)
	pyjson.WriteString(&b, name)
	if description != "" {
		b.WriteString(`, "description": `)
		pyjson.WriteString(&b, description)
	}
	b.WriteString(`, "parameters": `)
	b.Write(bytes.TrimSpace(parameters))
	b.WriteString(`}}`)
	return ToolSpec{raw: b.Bytes(), name: name}, nil
}

// ParseToolSpec reads a tool from its JSON (either shape), keeping the bytes as
// given. The JSON must be an object whose function (or itself, in the bare
// shape) has a non-empty string "name".
func ParseToolSpec(data []byte) (ToolSpec, error) {
	var t ToolSpec
	if err := t.UnmarshalJSON(data); err != nil {
		return ToolSpec{}, err
	}
	return t, nil
}

// Name returns the function's name.
func (t ToolSpec) Name() string { return t.name }

// JSON returns the tool's JSON as given (or as NewToolSpec wrote it). The caller
// must not modify it.
func (t ToolSpec) JSON() json.RawMessage { return t.raw }

// Function returns the function's description and its parameters schema (nil
// when the tool has none). It decodes the JSON on each call.
func (t ToolSpec) Function() (description string, parameters json.RawMessage, err error) {
	f, err := toolFunction(t.raw)
	if err != nil {
		return "", nil, err
	}
	return f.Description, f.Parameters, nil
}

type wireToolFunction struct {
	Name        *string         `json:"name"`
	Description string          `json:"description"`
	Parameters  json.RawMessage `json:"parameters"`
}

func toolFunction(data []byte) (wireToolFunction, error) {
	var w struct {
		Function *wireToolFunction `json:"function"`
		wireToolFunction
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return wireToolFunction{}, err
	}
	if w.Function != nil {
		return *w.Function, nil
	}
	return w.wireToolFunction, nil
}

// UnmarshalJSON keeps the tool's JSON as given, after checking its shape.
func (t *ToolSpec) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if !isJSONObject(data) {
		return fmt.Errorf("chat: tool: want a JSON object, got %.40q", data)
	}
	f, err := toolFunction(data)
	if err != nil {
		return fmt.Errorf("chat: tool: %w", err)
	}
	if f.Name == nil || *f.Name == "" {
		return fmt.Errorf("chat: tool: no function name (want {\"type\": \"function\", \"function\": {\"name\": ...}} or {\"name\": ...})")
	}
	t.raw, t.name = bytes.Clone(data), *f.Name
	return nil
}

// MarshalJSON writes the tool's JSON as given.
func (t ToolSpec) MarshalJSON() ([]byte, error) {
	if len(t.raw) == 0 {
		return nil, fmt.Errorf("chat: marshal of an empty ToolSpec (build one with NewToolSpec)")
	}
	return t.raw, nil
}

func isJSONObject(data []byte) bool {
	data = bytes.TrimSpace(data)
	return len(data) > 0 && data[0] == '{' && json.Valid(data)
}
