package com.scanport.platform.web;

import com.scanport.platform.InvalidInputException;
import com.scanport.platform.ScanportException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;

/**
 * A body its reader cannot make sense of is the client's mistake, whichever reader it was:
 * RESTEasy's and Jersey's multipart readers, for one, fail on a malformed part with a bare
 * runtime exception. The surface answers 422 (415 for a charset nobody knows), never 500.
 */
@Provider
public class UnreadableBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (WebApplicationException | ScanportException e) {
            throw e;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new NotSupportedException("Unsupported charset");
        } catch (RuntimeException e) {
            throw new InvalidInputException("Request body could not be read", Map.of("body", "could not be read"));
        }
    }
}
