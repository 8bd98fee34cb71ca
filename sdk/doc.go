// Package sdk is qwenkit's front door: a chat request in, a stream of events
// out.
//
// Engine is the one interface the agent and user code program against:
//
//	for ev, err := range engine.Chat(ctx, sdk.Request{Messages: msgs, Tools: tools}) {
//		...                // ev.Kind: TextEvent, ToolCallEvent, then DoneEvent
//	}
//	resp, err := sdk.Complete(ctx, engine, req) // the same, collected
//	inv, err := sdk.Extract[Invoice](ctx, engine, "Extract the invoice.", doc)
//
// The local engine (Open) runs a Qwen2/Qwen2.5 model in this process;
// sdk/openai implements the same interface over an OpenAI-compatible server
// (vLLM, SGLang, llama-server), so code written against Engine moves between
// the two unchanged.
//
// OpenDefault opens the built-in default model instead of a file: a tiny
// random-weight Qwen2 model with Qwen2.5's real vocabulary, made on first use
// and cached. It writes nonsense, fast, but its JSON values and tool calls
// are always well formed (the grammar sees to it), which is what examples,
// tests and a first try of the command line need.
//
// Extract (a Go type's schema) and ExtractJSON (a schema as JSON) return
// only values that validate against the schema; WithChunks extracts from a
// document too long for the context window chunk by chunk and merges the
// values (objects by key, arrays without repeats, the first scalar kept).
// Tool calls carry ids unique across turns ("call_" and 128 random bits);
// Request.MaxToolCalls caps how many one reply makes.
//
// How the local engine answers a request:
//   - the conversation is rendered by sdk/chatml, the exact port of Qwen2.5's
//     chat template, and tokenized safely: control tokens come only from the
//     template, every content is plain text;
//   - a prompt that does not fit the context window is ErrContextOverflow,
//     never truncated;
//   - the KV cache of a finished request that shares the longest token prefix
//     with the new prompt is reused (a pool of a few caches), so each turn of
//     a conversation computes only its new tokens;
//   - each token is sampled by sdk/sample (greedy, temperature, top-k, top-p,
//     min-p, penalties, seed) under the grammar's mask when the request has a
//     response format (JSON Schema) or tools (Qwen2.5's <tool_call> format:
//     free text until the model opens a call, then only well-formed calls to
//     the request's tools; ToolRequired and a named tool force a call); text
//     the grammar forces is written in one batched forward pass
//     (jump-forward); on a vocabulary without the <tool_call> tokens
//     (Qwen2's) the call markers are written as text and the call's JSON
//     is still a grammar, and a reply whose calls are made ends rather than
//     open another call when fewer than 64 tokens of MaxTokens are left;
//   - Request.Continue continues the last assistant message instead of
//     starting a turn (the conversation rendered minus its final
//     <|im_end|>\n; its tokens mostly come from a pooled cache), as
//     tool-integrated reasoning needs after appending a code block's
//     output;
//   - generation ends at <|im_end|> or <|endoftext|>, at a caller's stop
//     string (found even when split across tokens, and never shown in part),
//     just after a StopAfter string (kept in the text), or at MaxTokens;
//     cancelling the context ends it within one token.
//
// Memory: the model's weights are loaded once (mapped, or copied into the
// layout decoding reads fastest; see WithMappedWeights, and WithWeightCache
// to keep that copy in a file that later loads map) and shared by all
// requests; each request in flight holds its own KV cache of
// Local.MemoryPerToken bytes per position (2 × layers × KV width × 4 bytes,
// float32 keys and values: 24 KiB per token for Qwen2.5-0.5B, 56 KiB for
// 1.5B, 72 KiB for 3B, 112 KiB for 7B; a full 32K context of 0.5B is
// 768 MiB), growing with use, and up to WithCachePool finished caches are
// kept for reuse.
package sdk
