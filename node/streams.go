package node

import (
	"context"
	"encoding/json"

	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/zkpool/aoraki/p2p/netproto"
	"github.com/zkpool/aoraki/p2p/stream"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/protocol/wire"
)

// streamSpecs are the stream protocols the node serves.
var streamSpecs = []stream.Spec{netproto.Quote, netproto.Upload, netproto.Receipt, netproto.NetworkInfo}

// openStreams serves the node's stream protocols: quotes, uploads,
// receipt deliveries and the network file.
func (n *Node) openStreams(context.Context) error {
	h := n.net.Host()
	if err := stream.Handle(h, netproto.Quote, func() *pb.QuoteRequest { return new(pb.QuoteRequest) }, n.handleQuote, n.log); err != nil {
		return err
	}
	if err := stream.Handle(h, netproto.Upload, func() *pb.UploadRequest { return new(pb.UploadRequest) }, n.handleUpload, n.log); err != nil {
		n.closeStreams()
		return err
	}
	if err := stream.Handle(h, netproto.Receipt, func() *pb.ReceiptDelivery { return new(pb.ReceiptDelivery) }, n.handleReceipt, n.log); err != nil {
		n.closeStreams()
		return err
	}
	if err := stream.Handle(h, netproto.NetworkInfo, func() *emptypb.Empty { return new(emptypb.Empty) }, n.handleNetworkInfo, n.log); err != nil {
		n.closeStreams()
		return err
	}
	return nil
}

func (n *Node) closeStreams() error {
	for _, s := range streamSpecs {
		n.net.Host().RemoveStreamHandler(s.ID())
	}
	return nil
}

// handleNetworkInfo answers netproto.NetworkInfo with the network file the
// node runs with, for a prover joining by the node's address.
func (n *Node) handleNetworkInfo(_ context.Context, _ peer.ID, _ *emptypb.Empty) (*wrapperspb.BytesValue, error) {
	if n.cfg.Network == nil {
		return nil, stream.Errorf(wire.Status_NOT_FOUND, "this node runs without a network file")
	}
	b, err := json.Marshal(n.cfg.Network)
	if err != nil {
		return nil, err
	}
	if len(b) > netproto.MaxNetworkInfo {
		return nil, stream.Errorf(wire.Status_TOO_LARGE, "network file of %d bytes", len(b))
	}
	return wrapperspb.Bytes(b), nil
}
