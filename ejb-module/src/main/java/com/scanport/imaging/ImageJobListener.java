package com.scanport.imaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * Normalizes uploaded photos as the image queue announces them. Anything it cannot process is
 * rethrown, so that the broker redelivers the message and finally moves it to the dead-letter
 * queue; the last delivery marks the job failed first, with the reason staff then see.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = ImageJobs.QUEUE),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
public class ImageJobListener implements MessageListener {

    @EJB
    private ImageJobs jobs;

    @Override
    public void onMessage(Message message) {
        long jobId;
        int delivery;
        try (JsonReader reader = Json.createReader(new StringReader(((TextMessage) message).getText()))) {
            JsonObject body = reader.readObject();
            jobId = body.getJsonNumber("job").longValueExact();
            delivery = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
        } catch (JMSException | RuntimeException e) {
            throw new IllegalStateException("Cannot read image job message", e);
        }
        jobs.normalize(jobId, delivery);
    }
}
