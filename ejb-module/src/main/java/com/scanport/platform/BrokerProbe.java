package com.scanport.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message sent through the broker; {@code receivedAt} is set when the listener has processed it. */
@Entity
@Table(name = "broker_probe")
public class BrokerProbe {

    // A sequence rather than an identity column: EclipseLink reads identities back with
    // H2 1.x's IDENTITY(), which H2 2.x no longer has.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "broker_probe_seq")
    @SequenceGenerator(name = "broker_probe_seq", sequenceName = "broker_probe_seq", allocationSize = 50)
    private Long id;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    protected BrokerProbe() {
    }

    BrokerProbe(Instant sentAt) {
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    void markReceived(Instant at) {
        if (receivedAt == null) {
            receivedAt = at;
        }
    }
}
