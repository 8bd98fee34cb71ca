// Package kernels holds the numeric operations of the forward pass: quantized
// matrix-vector and matrix-matrix products, RMSNorm, rotary position
// embedding, softmax, SwiGLU and attention over a KV cache.
//
// Every operation states in its doc comment the loop it computes; the model
// package calls operations, never instructions. The dot products themselves
// come from runtime/vecdot (SIMD on amd64, plain Go with the purego tag);
// the rest is plain Go, unrolled into independent lanes.
//
// Activations are float32. Weights are Matrix values in any ggml block format
// that runtime/quant can dequantize, read in place from the mapped file. A
// Pool's Products decide how quantized weights are multiplied: Quantized
// (llama.cpp's way: each activation row converted once per product to 8-bit
// blocks, exact integer sums per block) or Exact (weights dequantized a block
// of rows at a time into scratch, float32 sums). F32, F16 and BF16 weights are
// multiplied in place in float32 either way.
//
// The large operations (MatVec, MatMul, MatMulShared, MatMulSwiGLU, SwiGLU,
// Attention; AttentionStep, a decoding step's projections, RoPE, cache
// store and attention fused by KV head; FFNStep, a decoding step's gate and
// up products, SwiGLU and down projection as one operation) are methods of
// a Pool, a fixed set of threads (the caller plus parked workers) that they
// split their rows over; on a Pool they allocate nothing. The
// package-level functions of the same names run on the calling goroutine
// alone, with Exact products. Products over many tokens (prefill) work in
// tiles: a block of weight rows stays in cache while a block of tokens passes
// over it.
//
// KVCache keeps one layer's keys and values for attention, in float32 or
// half precision.
package kernels
