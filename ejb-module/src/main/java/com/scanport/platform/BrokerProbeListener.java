package com.scanport.platform;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Receives broker probes. Anything it cannot process is rethrown so that the broker
 * redelivers the message and finally moves it to the dead-letter queue.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = BrokerProbes.QUEUE),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
public class BrokerProbeListener implements MessageListener {

    @EJB
    private BrokerProbes probes;

    @Override
    public void onMessage(Message message) {
        try {
            String body = ((TextMessage) message).getText();
            probes.markReceived(BrokerProbeMessage.probeIdOf(body));
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read broker probe message", e);
        }
    }
}
