package wire

//go:generate go run ../internal/protogen/gen wire.proto
