package wire

import (
	"testing"

	"github.com/zkpool/aoraki/protocol/internal/protogen"
)

// TestGeneratedCodeMatchesProto: wire.pb.go is what wire.proto generates
// with the pinned protoc and protoc-gen-go.
func TestGeneratedCodeMatchesProto(t *testing.T) { protogen.CheckDrift(t, "wire.proto") }
